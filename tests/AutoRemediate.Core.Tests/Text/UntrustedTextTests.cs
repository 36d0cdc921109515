using AutoRemediate.Core.Text;

namespace AutoRemediate.Core.Tests.Text;

public sealed class UntrustedTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("checkout-api-http5xx", "checkout-api-http5xx")]
    [InlineData("a\r\nb", @"a\r\nb")]
    [InlineData("tab\there", @"tab\there")]
    [InlineData("\u001b[2J\u001b[31mred", @"\u001B[2J\u001B[31mred")]
    [InlineData("nul\0bell\a", @"nul\u0000bell\u0007")]
    [InlineData("del\u007f", @"del\u007F")]
    [InlineData("c1\u0085\u009b", @"c1\u0085\u009B")]
    [InlineData("line\u2028para\u2029", @"line\u2028para\u2029")]
    [InlineData("abc\u202Egpj.exe", @"abc\u202Egpj.exe")]
    [InlineData("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069", @"\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069")]
    [InlineData("marks\u200E\u200F\u061C", @"marks\u200E\u200F\u061C")]
    public void Escape_turns_controls_into_visible_escapes(string? input, string expected)
    {
        Assert.Equal(expected, UntrustedText.Escape(input));
    }

    [Fact]
    public void Backslashes_are_doubled_so_an_escape_typed_by_the_sender_stays_distinguishable_from_a_real_control()
    {
        var typed = UntrustedText.Escape(@"a\nb");
        var real = UntrustedText.Escape("a\nb");

        Assert.Equal(@"a\\nb", typed);
        Assert.Equal(@"a\nb", real);
        Assert.NotEqual(typed, real);
        Assert.Equal(@"C:\\temp\\\\x", UntrustedText.Escape(@"C:\temp\\x"));
    }

    [Theory]
    [InlineData("deploy 🚀 done")]
    [InlineData("👩‍💻 on call")]
    [InlineData("Zürich – 東京 – Ελλάδα")]
    [InlineData("𝔘𝔫𝔦𝔠𝔬𝔡𝔢")]
    public void Printable_text_and_surrogate_pairs_are_kept_as_the_same_instance(string input)
    {
        Assert.Same(input, UntrustedText.Escape(input));
    }

    [Fact]
    public void Unpaired_surrogates_are_escaped_and_pairs_next_to_them_kept()
    {
        Assert.Equal(@"a\uD83Db", UntrustedText.Escape("a\uD83Db"));
        Assert.Equal(@"\uDE80🚀", UntrustedText.Escape("\uDE80\uD83D\uDE80"));
        Assert.Equal(@"end\uD83D", UntrustedText.Escape("end\uD83D"));
    }

    [Fact]
    public void Escaped_text_has_no_control_line_or_bidi_character_left()
    {
        var everything = new string([.. Enumerable.Range(0, 0x3000).Select(i => (char)i).Where(c => !char.IsSurrogate(c))]);

        var escaped = UntrustedText.Escape(everything);

        Assert.DoesNotContain(escaped, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069');
        Assert.Single(escaped.Split('\n'));
    }

    [Fact]
    public void Different_inputs_never_escape_to_the_same_text()
    {
        string[] inputs = ["x\ny", @"x\ny", "x\\\ny", "x\u001by", @"x\u001by"];

        var escaped = inputs.Select(UntrustedText.Escape).ToList();

        Assert.Equal(inputs.Length, escaped.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("short", "short")]
    [InlineData("a\nb", @"a\nb")]
    public void Echo_keeps_short_input_escaped(string? input, string expected)
    {
        Assert.Equal(expected, UntrustedText.Echo(input));
    }

    [Fact]
    public void Echo_cuts_long_input_to_the_maximum_with_an_ellipsis()
    {
        var echoed = UntrustedText.Echo(new string('x', 10_000));

        Assert.Equal(new string('x', UntrustedText.MaxEchoLength) + "…", echoed);
        Assert.Equal(129, echoed.Length);
        Assert.Equal("xxxx", UntrustedText.Echo("xxxx", 4));
        Assert.Equal("xxx…", UntrustedText.Echo("xxxxx", 3));
    }

    [Fact]
    public void Echo_never_cuts_a_surrogate_pair_in_two()
    {
        var echoed = UntrustedText.Echo(new string('x', 127) + "🚀🚀");

        Assert.Equal(new string('x', 127) + "…", echoed);
    }

    [Fact]
    public void Log_text_formats_escaped_and_null_as_the_logging_generator_does()
    {
        LogText forged = "rule\r\n2026-01-01 FORGED approved by admin@corp";
        LogText none = (string?)null;

        Assert.Equal(@"rule\r\n2026-01-01 FORGED approved by admin@corp", forged.ToString());
        Assert.Equal("(null)", none.ToString());
        Assert.Equal(forged, LogText.FromString("rule\r\n2026-01-01 FORGED approved by admin@corp"));
    }
}
