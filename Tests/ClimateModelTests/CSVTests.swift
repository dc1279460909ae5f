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

    @Test("a spreadsheet's file is detected: ; with decimal commas, a byte-order mark, Windows-1250")
    func spreadsheetDialect() throws {
        // setup
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a;b\r\n\"x;y\";1.234,5\r\n".utf8)
        let cp1250: [UInt8] = Array("name;value\r\n".utf8) + [0x8A, 0x6B, 0x6F, 0x66, 0x6A, 0x61, 0x3B, 0x31, 0x2C, 0x35]

        // act
        let table = try CSVTable(text: CSVTable.text(decoding: bytes))
        let legacy = try CSVTable(text: CSVTable.text(decoding: cp1250))
        let machine = try CSVTable(text: "a,b\n1.5,\"2,5\"\n")

        // assert
        #expect(table.separator == ";")
        #expect(table.header == ["a", "b"])
        #expect(table.rows[0]["a"] == "x;y")
        #expect(table.rows[0]["b"].flatMap(table.number) == 1234.5)
        #expect(legacy.rows[0]["name"] == "Škofja")
        #expect(legacy.rows[0]["value"].flatMap(legacy.number) == 1.5)
        #expect(machine.separator == ",")
        #expect(machine.number("1.5") == 1.5)
        #expect(machine.number("2,5") == nil, "a comma file has decimal points")
        #expect(table.number("1.234") == 1234, "thousands as a spreadsheet shows them")
        #expect(table.number("0.25") == 0.25)
        #expect(table.number("1.000.000,5.5") == nil)
        #expect(machine.number("1.234") == 1.234)
        // Every letter of Slovenian in Windows-1250.
        let letters: [UInt8] = [0x8A, 0x8E, 0x9A, 0x9E, 0xC8, 0xE8, 0xC6, 0xE6, 0xD0, 0xF0]
        #expect(CSVTable.text(decoding: letters) == "ŠŽšžČčĆćĐđ")
    }

    @Test("the Excel form of a table reads back to the same table")
    func excelForm() throws {
        // setup
        let machine = "gpc,amount,note\nI.1.1,1000.5,\"a, b\"\nII.1,-3,=SUM(A1)\nIII.1,1.5e-05,\n"

        // act
        let excel = try CSVTable.excel(machine)
        let table = try CSVTable(text: CSVTable.text(decoding: Array(excel.utf8)))

        // assert
        #expect(excel.hasPrefix("\u{FEFF}gpc;amount;note\r\n"))
        #expect(excel.contains("I.1.1;1000,5;a, b\r\n"))
        #expect(table.rows.map { $0["amount"].flatMap(table.number) } == [1000.5, -3, 1.5e-05])
        #expect(excel.contains("III.1;1,5e-05;"))
        #expect(table.rows.map { $0["note"] } == ["a, b", "=SUM(A1)", ""])
        #expect(excel.contains("'=SUM(A1)"), "a formula stays inert")
    }
}
