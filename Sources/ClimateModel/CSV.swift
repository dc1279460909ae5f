import Foundation

/// A CSV table read from text (RFC 4180: comma separated, fields optionally in
/// double quotes, `""` for a quote inside a quoted field, CRLF or LF line ends).
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

    /// Reads a table whose first record is the header.
    /// - Throws: `CSVError` with the line of the first malformed record.
    public init(text: String) throws {
        let records = try CSVTable.records(in: text)
        guard let first = records.first else { throw CSVError.empty }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            if columns[name] != nil { throw CSVError.duplicateColumn(name: name) }
            columns[name] = index
        }
        rows = records.dropFirst().map { Row(line: $0.line, fields: $0.fields, columns: columns) }
    }

    private static func records(in text: String) throws -> [(line: Int, fields: [String])] {
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
            case ",":
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
    public static func record(_ fields: [String]) -> String {
        fields.map { field in
            let field = neutralized(field)
            if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return field
        }.joined(separator: ",")
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
