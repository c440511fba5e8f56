Console.Error.WriteLine("claims: CLI under construction"); return 2;
