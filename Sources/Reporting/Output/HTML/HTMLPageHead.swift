/// The start of every page this tool writes (the report, the fix plan's page): the same strict
/// Content-Security-Policy and the report's style sheet, so all pages look alike and none can reach
/// the network or run a script that does not carry the page's nonce.
public enum HTMLPageHead {
    /// No network, no plug-ins, no forms; scripts only with `nonce`; inline style (the sheet is
    /// inline) and data: images (the charts' exports) allowed.
    public static func contentSecurityPolicy(nonce: String) -> String {
        "default-src 'none'; script-src 'nonce-\(nonce)'; style-src 'unsafe-inline'; img-src data:; "
            + "connect-src 'none'; base-uri 'none'; form-action 'none'"
    }

    /// From `<!DOCTYPE html>` to the opening `<body>` and a newline. `title` is escaped here.
    public static func html(title: String, nonce: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy(nonce: nonce))">
        <meta name="generator" content="customer-audit">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(PageAssets.style)
        </style>
        </head>
        <body>

        """
    }

    /// A nonce derived from the page's content (FNV-1a, 64 bit): stable for the same page, and not
    /// guessable by whoever wrote a customer record without knowing everything else the page holds.
    public static func nonce(over parts: [[UInt8]]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        return String(hash, radix: 36)
    }
}
