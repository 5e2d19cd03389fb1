using System.Text;

namespace JobQuality.Cli.Admin;

/// <summary>Reads a new account's password without echoing it, or from standard input for scripts.</summary>
internal static class PasswordInput
{
    public static string Read(bool fromStandardInput)
    {
        if (fromStandardInput || Console.IsInputRedirected)
        {
            var line = Console.In.ReadLine();
            return line ?? throw new CliException("Expected the password on standard input, but it was empty.");
        }
        var first = Prompt("Password (at least 12 characters): ");
        var second = Prompt("Type it again: ");
        if (first != second) throw new CliException("The two passwords do not match.");
        return first;
    }

    private static string Prompt(string label)
    {
        Console.Write(label);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0) password.Length--;
                continue;
            }
            if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }
        Console.WriteLine();
        return password.ToString();
    }
}
