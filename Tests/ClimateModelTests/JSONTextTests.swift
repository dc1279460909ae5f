import Foundation
import Testing

@testable import ClimateModel

@Suite("JSON output")
struct JSONTextTests {
    @Test("the fast writer gives the same document as JSONEncoder, for results with and without draws")
    func sameAsFoundation() throws {
        let json = try JSONSerialization.data(withJSONObject: SyntheticScenarios.make(cities: 2, seed: 3))
        let scenarios = try ScenarioFile.read(json).get()
        let results = [ScenarioEngine(scenarios[0]).run(), ScenarioEngine(scenarios[1]).run(draws: 50, seed: 1)]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = try JSONSerialization.jsonObject(with: encoder.encode(results)) as! NSArray
        let text = try JSONText.encode(results)
        let actual = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! NSArray
        #expect(actual == expected)
        // Keys in order, one per line, and null for an absent probability.
        #expect(text.contains("\"probability_meets_reduction\" : null"))
        let keys = text.split(separator: "\n").prefix(12).compactMap { line in line.split(separator: "\"").dropFirst().first }
        #expect(keys.starts(with: ["actions", "id", "reduction_tco2e"]))
        // Written on several threads, the same bytes.
        #expect(try JSONText.bytes(concurrently: results, threads: 2) == JSONText.bytes(results))
        #expect(try JSONText.bytes(concurrently: [ScenarioResult](), threads: 2) == Array("[]".utf8))
    }

    @Test("a flat object of texts is JSONEncoder's compact form with sorted keys, and reads back the same")
    func flatObject() throws {
        let fields: [String: String?] = ["b": "x / \"y\"\n", "a": nil, "é": "č", "c": ""]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(JSONText.object(fields) == String(decoding: try encoder.encode(fields), as: UTF8.self))
        #expect(JSONText.object(fields) == #"{"a":null,"b":"x / \"y\"\n","c":"","é":"č"}"#)
        #expect(try JSONDecoder().decode([String: String?].self, from: Data(JSONText.object(fields).utf8)) == fields)
        #expect(JSONText.object([:]) == "{}")
    }

    @Test("strings are escaped, numbers are exact, whole numbers have no fraction")
    func scalars() throws {
        let value: [String: [Double?]] = ["a \"quoted\"\n\u{1}key / é": [1, 0.1, -2.5e-12, 1e300, nil, 123_456_789_012]]
        let text = try JSONText.encode(value)
        #expect(text.contains("\"a \\\"quoted\\\"\\n\\u0001key / é\""))
        #expect(text.contains("\n    1,\n") && text.contains("0.1,") && text.contains("-2.5e-12,") && text.contains("123456789012\n"))
        let back = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: [Any]]
        let numbers = back.values.first!
        #expect(numbers[1] as? Double == 0.1 && numbers[3] as? Double == 1e300 && numbers[4] is NSNull)
    }

    @Test("numbers beyond twelve significant digits are written with twelve; strings, whole numbers and short numbers stay")
    func meaningfulNumbers() {
        let text =
            #"{"a":62713.805700000004,"b":"62713.805700000004","c":-0.30000000000000004,"d":12345678901234567,"e":1.5,"f":[1e-7,2.0000000000000004e10],"g":"x\"1.00000000000001"}"#
        let rounded = String(decoding: JSONText.meaningfulNumbers(Array(text.utf8)) ?? [], as: UTF8.self)
        #expect(
            rounded
                == #"{"a":62713.8057,"b":"62713.805700000004","c":-0.3,"d":12345678901234567,"e":1.5,"f":[1e-7,20000000000],"g":"x\"1.00000000000001"}"#
        )
        #expect(JSONText.meaningfulNumbers(Array(#"{"a":1.25,"b":"x"}"#.utf8)) == nil, "nothing to change")
        let exponents = #"[1E+20,1.2345678901234E+20,"a\\",1234567890123456.7,-1.00000000000001e-5]"#
        #expect(
            String(decoding: JSONText.meaningfulNumbers(Array(exponents.utf8)) ?? [], as: UTF8.self)
                == #"[1E+20,1.23456789012e+20,"a\\",1234567890120000.0,-1e-05]"#, "valid JSON numbers, twelve digits")
    }
}
