import Foundation

/// A CSV table read from text (RFC 4180: comma separated, fields optionally in
/// double quotes, `""` for a quote inside a quoted field, CRLF or LF line ends),
/// or as a Slovenian spreadsheet saves it: `;` separated, with decimal commas.
/// Which one is detected from the header, not configured.
///
/// Every row remembers the line of the file it started on, so that any problem
/// found later can be reported as "line N", which is what people who edit CSV
/// files in a spreadsheet can act on.
public struct CSVTable: Sendable, Equatable {
    /// One data row: its fields by column name and the line it started on (1-based,
    /// the header being line 1).
    public struct Row: Sendable, Equatable {
        public let line: Int
        public let fields: [String]
        let columns: [String: Int]

        /// The field of the named column; `nil` when the table has no such column,
        /// an empty string when the cell is empty.
        public subscript(column: String) -> String? {
            guard let index = columns[column] else { return nil }
            return index < fields.count ? fields[index] : ""
        }
    }

    /// The column names of the header row, in file order.
    public let header: [String]
    /// The data rows; blank lines are skipped.
    public let rows: [Row]
    /// `;` when the header has more semicolons than commas outside quotes
    /// (Excel and LibreOffice in Slovenian), else `,`.
    public let separator: Unicode.Scalar

    /// Whether the file's numbers have a decimal comma: those of a `;` file do.
    public var decimalComma: Bool { separator == ";" }

    /// A cell's number as the file writes it: `1234.5`, or in a `;` file
    /// `1234,5`, `1.234,5` and `1.234` (thousands, as a spreadsheet that
    /// shows them writes them); other numbers of a `;` file read plainly, so
    /// `0.25` is a quarter there too.
    public func number(_ text: String) -> Double? {
        var text = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        if decimalComma,
            text.range(of: "^[+-]?([0-9]+|[0-9]{1,3}(\\.[0-9]{3})+),[0-9]+([eE][+-]?[0-9]+)?$", options: .regularExpression) != nil
        {
            text = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else if decimalComma, text.range(of: "^[+-]?[0-9]{1,3}(\\.[0-9]{3})+$", options: .regularExpression) != nil {
            // A spreadsheet that shows thousands writes 1.234 for 1234.
            text = text.replacingOccurrences(of: ".", with: "")
        }
        guard let number = Double(text), number.isFinite else { return nil }
        return number
    }

    /// Reads a table whose first record is the header.
    /// - Throws: `CSVError` with the line of the first malformed record.
    public init(text: String) throws {
        separator = Self.separator(of: text)
        let records = try CSVTable.records(in: text, separator: separator)
        guard let first = records.first else { throw CSVError.empty }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            if columns[name] != nil { throw CSVError.duplicateColumn(name: name) }
            columns[name] = index
        }
        rows = records.dropFirst().map { Row(line: $0.line, fields: $0.fields, columns: columns) }
    }

    /// The header line's separator, counted outside quotes.
    static func separator(of text: String) -> Unicode.Scalar {
        var (commas, semicolons, inQuotes) = (0, 0, false)
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() }
            if inQuotes { continue }
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "," { commas += 1 }
            if scalar == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// A file's text from its bytes: UTF-8 (with or without the byte-order
    /// mark a spreadsheet writes), else Windows-1250, the code page of older
    /// Slovenian Excel files.
    public static func text(decoding bytes: [UInt8]) -> String {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(decoding: bytes.map { windows1250[Int($0)] }, as: UTF16.self)
    }

    /// Windows-1250 to UTF-16: ASCII and Latin-1 where they agree, the code page's own letters above.
    static let windows1250: [UInt16] = {
        var table = (0..<256).map { UInt16($0) }
        let upper: [UInt16] = [
            0x20AC, 0x0081, 0x201A, 0x0083, 0x201E, 0x2026, 0x2020, 0x2021, 0x0088, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179,
            0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x0098, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A,
            0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B,
            0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C,
            0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, 0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,
            0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
            0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,
            0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7, 0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
        ]
        for (offset, code) in upper.enumerated() { table[0x80 + offset] = code }
        return table
    }()

    private static func records(in text: String, separator: Unicode.Scalar) throws -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        var line = 1
        var recordLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endRecord() {
            fields.append(plain(field))
            // A record with one empty unquoted field is a blank line: skip it.
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append((recordLine, fields))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
        }

        while let scalar = pending ?? scalars.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                    } else {
                        inQuotes = false
                        pending = next
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case separator:
                fields.append(plain(field))
                field = ""
                fieldWasQuoted = false
            case "\"":
                guard field.isEmpty else { throw CSVError.strayQuote(line: line) }
                inQuotes = true
                fieldWasQuoted = true
            case "\r":
                let next = scalars.next()
                if next != "\n" { pending = next }
                endRecord()
                line += 1
                recordLine = line
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                if fieldWasQuoted { throw CSVError.strayQuote(line: line) }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw CSVError.unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }
}

/// Why a text could not be read as CSV.
public enum CSVError: Error, Equatable, Sendable {
    /// The text holds no header row.
    case empty
    /// Two header columns have the same name.
    case duplicateColumn(name: String)
    /// A quote appears inside an unquoted field, or text follows a closing quote.
    case strayQuote(line: Int)
    /// A quoted field is never closed; `line` is where its record starts.
    case unterminatedQuote(line: Int)
}

extension CSVTable {
    /// Turns fields into one CSV record, quoting where needed (RFC 4180).
    /// A text that a spreadsheet would run as a formula (it begins with `=`,
    /// `+`, `-`, `@`, a tab or a carriage return; OWASP's CSV-injection rule)
    /// gets a leading `'`; numbers stay numbers. Reading the record back
    /// (`init(text:)`) removes that `'`, so an export reads to the same rows.
    public static func record(_ fields: [String], separator: Character = ",") -> String {
        fields.map { field in
            let field = neutralized(field)
            if field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return field
        }.joined(separator: String(separator))
    }

    /// A machine CSV (RFC 4180, decimal point) as a Slovenian spreadsheet
    /// opens it without asking: `;` between fields, decimal commas, a UTF-8
    /// byte-order mark, CRLF line ends. Texts are kept as they are.
    public static func excel(_ machine: String) throws -> String {
        let table = try CSVTable(text: machine)
        func cell(_ field: String) -> String {
            field.range(of: "^-?[0-9]+\\.[0-9]+(e[+-]?[0-9]+)?$", options: [.regularExpression, .caseInsensitive]) != nil
                ? field.replacingOccurrences(of: ".", with: ",") : field
        }
        let lines = [record(table.header, separator: ";")] + table.rows.map { record($0.fields.map(cell), separator: ";") }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A number as a file writes it: a decimal point, no grouping, whole
    /// numbers without a fraction, and twelve significant digits at most, so
    /// a sum's binary noise does not show (62713.805700000004 is 62713.8057):
    /// far more than any measured input carries. Nothing for no number.
    public static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        let meaningful = Double(String(format: "%.12g", value)) ?? value
        if meaningful == meaningful.rounded(), abs(meaningful) < 1e15 { return String(Int(meaningful)) }
        return "\(meaningful)"
    }

    /// A whole CSV file: the header and the rows, each a record quoted as
    /// RFC 4180 says, lines ending in LF as the workspace's other files do
    /// (the spreadsheet form, `excel`, ends them in CRLF).
    public static func write(header: [String], rows: [[String]]) -> String {
        ([record(header)] + rows.map { record($0) }).joined(separator: "\n") + "\n"
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `'` before a field that begins, after any `'`s, with a formula sign,
    /// unless it is a plain number such as `-12.5` or `+3`.
    static func neutralized(_ field: String) -> String {
        guard let first = field.unicodeScalars.first(where: { $0 != "'" }), formulaStarts.contains(first) else { return field }
        if field.first != "'", Double(field) != nil, field.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) { return field }
        return "'" + field
    }

    /// The field as it was before `neutralized`: one leading `'` fewer when
    /// `'`s are followed by a formula sign.
    static func plain(_ field: String) -> String {
        guard field.unicodeScalars.first == "'", let first = field.unicodeScalars.first(where: { $0 != "'" }), formulaStarts.contains(first)
        else { return field }
        return String(field.dropFirst())
    }
}
