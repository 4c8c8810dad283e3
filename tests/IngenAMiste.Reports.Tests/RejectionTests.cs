using IngenAMiste.Reports.Model;
using UglyToad.PdfPig.Writer;

namespace IngenAMiste.Reports.Tests;

/// <summary>Files that cannot be read are rejected with a reason a person can act on; PdfPig exceptions never escape.</summary>
public sealed class RejectionTests
{
    private static ReportRejectedException Reject(byte[] bytes, ReportParserOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return Assert.Throws<ReportRejectedException>(() => new ReportParser(options).Parse(stream));
    }

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(TestFiles.Dir("Fixtures"), name));

    private static byte[] CorpusReport => File.ReadAllBytes(TestFiles.Corpus(TestFiles.AnnualReport + ".pdf"));

    [Fact]
    public void Empty_file_is_rejected_as_empty() => Assert.Equal(RejectionReason.Empty, Reject([]).Reason);

    [Fact]
    public void Whitespace_only_file_is_rejected_as_empty() => Assert.Equal(RejectionReason.Empty, Reject("\n \r\n"u8.ToArray()).Reason);

    [Theory]
    [InlineData("PK\u0003\u0004 this is a zip archive renamed to .pdf")]
    [InlineData("<html><body>Årsrapport</body></html>")]
    [InlineData("Tiltak 1 Regjeringen vil …")]
    public void Other_formats_are_rejected_as_not_pdf(string content) =>
        Assert.Equal(RejectionReason.NotPdf, Reject(System.Text.Encoding.UTF8.GetBytes(content)).Reason);

    [Fact]
    public void Random_bytes_are_rejected_as_not_pdf()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x00;
        Assert.Equal(RejectionReason.NotPdf, Reject(bytes).Reason);
    }

    [Fact]
    public void Truncated_pdf_is_rejected_as_damaged()
    {
        var truncated = CorpusReport.AsSpan(0, 1500).ToArray();
        var ex = Reject(truncated);
        Assert.Equal(RejectionReason.Damaged, ex.Reason);
    }

    [Fact]
    public void Pdf_header_followed_by_garbage_is_rejected_as_damaged()
    {
        var bytes = new byte[20_000];
        new Random(11).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        Assert.Equal(RejectionReason.Damaged, Reject(bytes).Reason);
    }

    [Fact]
    public void User_password_is_rejected_as_password_protected() =>
        Assert.Equal(RejectionReason.PasswordProtected, Reject(Fixture("user-password.pdf")).Reason);

    [Theory]
    [InlineData("owner-password-only.pdf")]
    [InlineData("owner-password-aes128.pdf")]
    public void Owner_password_only_opens_and_parses_like_the_plain_file(string name)
    {
        using var stream = new MemoryStream(Fixture(name));
        var parse = new ReportParser().Parse(stream, TestFiles.Catalog);
        var plain = TestFiles.Parse(TestFiles.Corpus(TestFiles.Slides + ".pdf"), withCatalog: true);
        Assert.Equal(DocumentKinds.Presentation, parse.Document.Kind);
        Assert.Equal(plain.Mentions.Select(m => m.Measure), parse.Mentions.Select(m => m.Measure));
    }

    [Fact]
    public void Pages_without_text_are_rejected_as_no_text_layer_with_page_count()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842);
        builder.AddPage(595, 842);
        builder.AddPage(595, 842);
        var ex = Reject(builder.Build());
        Assert.Equal(RejectionReason.NoTextLayer, ex.Reason);
        Assert.Equal(3, ex.PageCount);
    }

    [Fact]
    public void More_pages_than_the_limit_are_rejected_with_page_count()
    {
        var ex = Reject(CorpusReport, new ReportParserOptions { MaxPages = 5 });
        Assert.Equal(RejectionReason.TooManyPages, ex.Reason);
        Assert.Equal(16, ex.PageCount);
    }

    [Fact]
    public void Exceeding_the_configured_timeout_is_rejected_as_timed_out()
    {
        var ex = Reject(CorpusReport, new ReportParserOptions { Timeout = TimeSpan.FromTicks(1) });
        Assert.Equal(RejectionReason.TimedOut, ex.Reason);
    }

    [Fact]
    public void A_cancelled_token_stops_the_parse()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var stream = new MemoryStream(CorpusReport);
        Assert.ThrowsAny<OperationCanceledException>(() => new ReportParser().Parse(stream, null, cts.Token));
    }

    [Fact]
    public void A_non_seekable_stream_is_read()
    {
        using var inner = new MemoryStream(CorpusReport);
        using var stream = new NonSeekableStream(inner);
        var parse = new ReportParser().Parse(stream);
        Assert.Equal(61, parse.Measures.Count);
    }

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
