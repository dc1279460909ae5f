import Testing

@testable import ClimateModel

@Suite("CSV reading")
struct CSVTests {
    @Test("fields by column, with the line each row started on")
    func readsRowsWithLines() throws {
        // setup
        let text = "gpc,amount,note\nI.1.1,120000,plain\n\nII.1.1,\"5,5\",\"two\nlines\"\nIII.1.2,7,\"say \"\"hi\"\"\"\n"
        // act
        let table = try CSVTable(text: text)
        // assert
        #expect(table.header == ["gpc", "amount", "note"])
        #expect(table.rows.map(\.line) == [2, 4, 6])
        #expect(table.rows[1]["amount"] == "5,5")
        #expect(table.rows[1]["note"] == "two\nlines")
        #expect(table.rows[2]["note"] == "say \"hi\"")
        #expect(table.rows[0]["missing"] == nil)
    }

    @Test("CRLF line ends and a last line without one")
    func crlf() throws {
        let table = try CSVTable(text: "a,b\r\n1,2\r\n3,4")
        #expect(table.rows.map { $0.fields } == [["1", "2"], ["3", "4"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test(
        "malformed text is refused with the line",
        arguments: [
            ("a,b\n1,\"2\n", CSVError.unterminatedQuote(line: 2)),
            ("a,b\n1,2\"x\n", CSVError.strayQuote(line: 2)),
            ("a,b\n1,\"2\"x\n", CSVError.strayQuote(line: 2)),
            ("a,a\n1,2\n", CSVError.duplicateColumn(name: "a")),
            ("", CSVError.empty),
        ])
    func malformed(text: String, error: CSVError) {
        #expect(throws: error) { try CSVTable(text: text) }
    }

    @Test("writing quotes only what needs it, and reads back the same")
    func roundTrip() throws {
        let fields = ["plain", "with,comma", "with \"quote\"", "two\nlines", ""]
        let record = CSVTable.record(fields)
        #expect(record == "plain,\"with,comma\",\"with \"\"quote\"\"\",\"two\nlines\",")
        let table = try CSVTable(text: "a,b,c,d,e\n" + record + "\n")
        #expect(table.rows[0].fields == fields)
    }

    @Test("a text a spreadsheet would run as a formula is written inert; numbers stay numbers; it reads back the same")
    func formulas() throws {
        let hostile = [
            #"=HYPERLINK("http://evil.example","x")"#, "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTAB", "\rCR", "'=already",
            "''-twice", "'plain apostrophe", "=",
        ]
        let numbers = ["-12.5", "+3", "-1e-05", "0", "42"]
        // Every hostile cell starts with ' once written (inside quotes where it must be quoted); numbers are untouched.
        for cell in hostile {
            let written = CSVTable.record([cell])
            #expect(written.hasPrefix("'") || written.hasPrefix("\"'"), "\(cell) written as \(written)")
        }
        for number in numbers { #expect(CSVTable.record([number]) == number) }
        let record = CSVTable.record(hostile + numbers)
        let header = (0..<(hostile.count + numbers.count)).map { "c\($0)" }.joined(separator: ",")
        let table = try CSVTable(text: header + "\n" + record + "\n")
        #expect(table.rows[0].fields == hostile + numbers)
    }
}
