using System.Runtime.InteropServices;

namespace Claims.Input;

/// <summary>What a path names, as the file system says before anything is opened.</summary>
public enum InputFileKind
{
    /// <summary>Nothing at that path (or a broken link).</summary>
    Missing,
    /// <summary>A regular file: the only kind read as an article.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A named pipe (FIFO): opening it for reading waits for a writer, so it is refused.</summary>
    Fifo,
    /// <summary>A character device (a terminal, <c>/dev/zero</c>).</summary>
    CharacterDevice,
    /// <summary>A block device.</summary>
    BlockDevice,
    /// <summary>A Unix domain socket.</summary>
    Socket,
}

/// <summary>
/// Reads input files safely: the file type is checked first (FIFOs, devices and sockets are refused by name without
/// being opened), the size is bounded, and every failure is an <see cref="ArticleLoadException"/> naming the input.
/// </summary>
public static class InputFile
{
    /// <summary>The kind of file at <paramref name="path"/> (links followed).</summary>
    public static InputFileKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (System.IO.Directory.Exists(path)) return InputFileKind.Directory;
        if (!File.Exists(path)) return InputFileKind.Missing;
        return UnixMode(path) is { } mode ? FromMode(mode) : InputFileKind.Regular;
    }

    /// <summary>The words used in messages for a kind.</summary>
    public static string Describe(InputFileKind kind) => kind switch
    {
        InputFileKind.Missing => "no such file or folder",
        InputFileKind.Regular => "a regular file",
        InputFileKind.Directory => "a folder",
        InputFileKind.Fifo => "a named pipe (FIFO), not a regular file; not read",
        InputFileKind.CharacterDevice => "a character device, not a regular file; not read",
        InputFileKind.BlockDevice => "a block device, not a regular file; not read",
        InputFileKind.Socket => "a socket, not a regular file; not read",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown file kind"),
    };

    /// <summary>Reads a regular file's bytes, at most <paramref name="maxBytes"/>.</summary>
    /// <exception cref="ArticleLoadException">The path is empty or the file is missing, not a regular file,
    /// unreadable or too large.</exception>
    public static byte[] ReadBytes(string path, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
            throw new ArticleLoadException(path, "empty path");
        try
        {
            var kind = KindOf(path);
            if (kind == InputFileKind.Missing)
                throw new ArticleLoadException(path, "file not found");
            if (kind != InputFileKind.Regular)
                throw new ArticleLoadException(path, Describe(kind));
            var info = new FileInfo(path);
            if (info.Length > maxBytes)
                throw new ArticleLoadException(path, $"file is {info.Length:N0} bytes, over the limit of {maxBytes:N0}");
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return ReadStream(stream, path, maxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ArticleLoadException(path, e.Message, e);
        }
    }

    /// <summary>Reads a stream to its end, at most <paramref name="maxBytes"/> (the stream is not disposed).</summary>
    /// <exception cref="ArticleLoadException">The stream failed while being read or holds too much.</exception>
    public static byte[] ReadStream(Stream stream, string input, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    throw new ArticleLoadException(input, $"stream is over the limit of {maxBytes:N0} bytes");
                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException or InvalidOperationException)
        {
            throw new ArticleLoadException(input, $"reading failed: {e.Message}", e);
        }
        return buffer.ToArray();
    }

    private static InputFileKind FromMode(int mode) => (mode & 0xF000) switch
    {
        0x1000 => InputFileKind.Fifo,
        0x2000 => InputFileKind.CharacterDevice,
        0x4000 => InputFileKind.Directory,
        0x6000 => InputFileKind.BlockDevice,
        0xC000 => InputFileKind.Socket,
        _ => InputFileKind.Regular,
    };

    /// <summary>
    /// The st_mode of <paramref name="path"/> without opening it: Linux statx (a fixed kernel layout on every
    /// architecture), macOS stat; null on Windows (no FIFOs among files) or when the call is unavailable.
    /// </summary>
    private static int? UnixMode(string path)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                var buffer = new byte[256];
                // struct statx: stx_mode (u16) at byte 28; STATX_TYPE = 1; AT_FDCWD = -100; flags 0 follows links.
                return Native.statx(-100, path, 0, 1, buffer) == 0 ? BitConverter.ToUInt16(buffer, 28) : null;
            }
            if (OperatingSystem.IsMacOS())
            {
                var buffer = new byte[256];
                // struct stat (64-bit inodes): st_dev (i32), then st_mode (u16) at byte 4.
                return Native.stat(path, buffer) == 0 ? BitConverter.ToUInt16(buffer, 4) : null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return null;
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        internal static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

        [DllImport("libc", SetLastError = true)]
        internal static extern int stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
    }
}
