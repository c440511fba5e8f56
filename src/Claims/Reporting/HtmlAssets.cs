namespace Claims.Reporting;

/// <summary>The inline style and script of the HTML report (no external resource; the policy forbids any).</summary>
internal static class HtmlAssets
{
    public const string Head = """
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claims report</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #ddd;padding:.5em 1.5em}
h1{font-size:1.3em;margin:.2em 0}h2{font-size:1.15em;margin:1em 0 .5em}h3{font-size:1.05em;margin:.3em 0}
section{padding:0 1.5em}.summary{margin:.2em 0;color:#444}
#filters label{margin-right:1em}select{max-width:16em}
.pair{background:#fff;border:1px solid #ddd;border-left:5px solid #999;border-radius:4px;margin:.6em 0;padding:.5em .8em}
.pair.rel-contradicts{border-left-color:#c62828}.pair.rel-agrees{border-left-color:#2e7d32}
.pair.active{box-shadow:0 0 0 2px #1565c0}
.verdict b{text-transform:uppercase;font-size:.85em;letter-spacing:.04em}.rel-contradicts .verdict b{color:#c62828}.rel-agrees .verdict b{color:#2e7d32}
.score{color:#666;font-size:.85em;margin-left:.5em}.apart{margin-left:1em;background:#fff3cd;padding:0 .4em;border-radius:3px;font-size:.85em}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1em}
.side .meta{font-size:.85em;color:#555}.outlet{font-weight:600}.who{color:#6a1b9a;font-weight:600}
a.jump{color:inherit;text-decoration:none;display:block;border-left:3px solid #90caf9;padding-left:.5em}a.jump:hover{background:#e3f2fd}
.reasons{margin:.3em 0 0;padding-left:1.2em;font-size:.85em;color:#444}
article.doc{background:#fff;border:1px solid #ddd;border-radius:4px;margin:.8em 0;padding:.6em 1em;content-visibility:auto;contain-intrinsic-size:auto 600px}
#more{margin:.5em 0 1em}
article.doc .meta{font-size:.85em;color:#555}
.text{white-space:pre-wrap;margin-top:.5em}
.seg{border-radius:3px;padding:1px 0}
.k-author{background:#eceff1}.k-headline{background:#e1f5fe}.k-direct-quote{background:#fff59d}.k-indirect{background:#c8e6c9}.k-counter{background:#ffccbc}
.seg.nested{box-shadow:inset 0 -2px 0 #8d6e63}
.seg.spk{font-weight:600;color:#4a148c}.seg.cue{text-decoration:underline 2px #1565c0}
.seg.hl{background:#ff9800!important;color:#000;outline:2px solid #e65100}
.tag{font-size:.7em;font-weight:600;text-transform:uppercase;border-radius:3px;padding:0 .35em;margin:0 .25em;vertical-align:middle;border:1px solid #bbb}
.tag i{text-transform:none;font-weight:400}
.tag.hl{background:#ff9800!important}
.story-name{border-bottom:2px solid #ddd;padding-bottom:.2em}
[hidden]{display:none!important}
@media (max-width:800px){.sides{grid-template-columns:1fr}}
</style></head><body>

""";

    public const string Tail = """

<script>
(function () {
  'use strict';
  var PAGE = 100;
  var data = JSON.parse(document.getElementById('pair-data').textContent);
  var all = function (selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); };
  var value = function (id) { var el = document.getElementById(id); return el ? el.value : ''; };
  var has = function (el, key, v) { return !v || (el.getAttribute('data-' + key) || '').indexOf('|' + v + '|') >= 0; };
  var list = document.getElementById('pair-list'), more = document.getElementById('more');
  var matching = [], rendered = 0;
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function pairMatches(p, rel, story, speaker, outlet) {
    var a = data.claims[p.a], b = data.claims[p.b];
    return (!rel || p.r === rel)
      && (!story || a.g.indexOf(story) >= 0 || b.g.indexOf(story) >= 0)
      && (!speaker || a.k === speaker || b.k === speaker)
      && (!outlet || a.o === outlet || b.o === outlet);
  }
  function side(id) {
    var c = data.claims[id], box = el('div', 'side'), meta = el('div', 'meta');
    meta.appendChild(el('span', 'outlet', c.o));
    if (c.p) { meta.appendChild(document.createTextNode(' ')); meta.appendChild(el('time', null, c.p)); }
    meta.appendChild(document.createTextNode(' '));
    meta.appendChild(el('span', 'who', c.w || 'the outlet'));
    if (c.q) { meta.appendChild(document.createTextNode(' ')); meta.appendChild(el('i', null, c.q)); }
    var link = el('a', 'jump k-' + c.d, c.t);
    link.href = '#' + id;
    link.setAttribute('data-claim', id);
    box.appendChild(meta);
    box.appendChild(link);
    return box;
  }
  function renderPair(p) {
    var box = el('div', 'pair rel-' + p.r), verdict = el('div', 'verdict'), sides = el('div', 'sides'), reasons = el('ul', 'reasons');
    box.setAttribute('data-rel', p.r);
    box.setAttribute('data-claims', p.a + ' ' + p.b);
    verdict.appendChild(el('b', null, p.r));
    verdict.appendChild(document.createTextNode(' '));
    verdict.appendChild(el('span', 'score', 'score ' + p.s.toFixed(2)));
    if (p.n) verdict.appendChild(el('span', 'apart', p.n));
    sides.appendChild(side(p.a));
    sides.appendChild(side(p.b));
    p.why.forEach(function (r) { reasons.appendChild(el('li', null, r)); });
    box.appendChild(verdict);
    box.appendChild(sides);
    box.appendChild(reasons);
    return box;
  }
  function renderMore() {
    var fragment = document.createDocumentFragment(), end = Math.min(matching.length, rendered + PAGE);
    for (; rendered < end; rendered++) fragment.appendChild(renderPair(matching[rendered]));
    list.appendChild(fragment);
    more.hidden = rendered >= matching.length;
    more.textContent = 'Show ' + Math.min(PAGE, matching.length - rendered) + ' more';
    document.getElementById('shown').textContent = '(' + rendered + ' of ' + matching.length + ' shown)';
  }
  function apply() {
    var rel = value('f-rel'), story = value('f-story'), speaker = value('f-speaker'), outlet = value('f-outlet');
    matching = data.pairs.filter(function (p) { return pairMatches(p, rel, story, speaker, outlet); });
    rendered = 0;
    list.textContent = '';
    renderMore();
    all('article.doc').forEach(function (a) {
      a.hidden = !(has(a, 'stories', story) && has(a, 'speakers', speaker) && has(a, 'outlets', outlet));
    });
    all('.story').forEach(function (s) { s.hidden = all('article.doc', s).every(function (a) { return a.hidden; }); });
  }
  function highlight(ids) {
    all('.hl').forEach(function (e) { e.classList.remove('hl'); });
    ids.forEach(function (id) { all('[data-c~="' + id + '"]').forEach(function (e) { e.classList.add('hl'); }); });
  }
  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('a.jump') : null;
    if (!link) return;
    e.preventDefault();
    var pair = link.closest('.pair');
    all('.pair.active').forEach(function (p) { p.classList.remove('active'); });
    pair.classList.add('active');
    highlight(pair.getAttribute('data-claims').split(' '));
    var target = document.getElementById(link.getAttribute('data-claim'));
    var article = target ? target.closest('article.doc') : null;
    if (article) { article.hidden = false; if (article.parentNode) article.parentNode.hidden = false; }
    if (target) {
      target.scrollIntoView({ block: 'center' });
      if (history.replaceState) history.replaceState(null, '', '#' + target.id);
    }
  });
  more.addEventListener('click', renderMore);
  all('#filters select').forEach(function (s) { s.addEventListener('change', apply); });
  document.getElementById('f-clear').addEventListener('click', function () {
    all('#filters select').forEach(function (s) { s.value = ''; }); apply();
  });
  apply();
}());
</script>
</body></html>

""";
}
