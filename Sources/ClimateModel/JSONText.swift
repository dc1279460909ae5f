import Foundation
import Synchronization

/// Writes any `Encodable` value as pretty-printed JSON with sorted keys, the
/// same document Foundation's `JSONEncoder` gives with `.prettyPrinted` and
/// `.sortedKeys`, about ten times faster (a national run writes hundreds of
/// thousands of numbers). Numbers use Swift's shortest round-trip form;
/// whole numbers are written without a fraction; non-finite numbers are
/// written as `null`.
public enum JSONText {
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try bytes(value), as: UTF8.self)
    }

    /// The document as UTF-8.
    public static func bytes<T: Encodable>(_ value: T, indent: Int = 0) throws -> [UInt8] {
        let root = try node(value)
        var output: [UInt8] = []
        output.reserveCapacity(1 << 16)
        write(root, into: &output, indent: indent)
        return output
    }

    /// An array of values, each written on one thread of `threads` (a
    /// national run's results); the same document as `bytes(values)`.
    public static func bytes<T: Encodable & Sendable>(concurrently values: [T], threads: Int) throws -> [UInt8] {
        guard !values.isEmpty else { return Array("[]".utf8) }
        let parts = Mutex([Result<[UInt8], any Error>?](repeating: nil, count: values.count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: Swift.max(1, Swift.min(threads, values.count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < values.count else { return }
                let part = Result { try bytes(values[index], indent: 2) }
                parts.withLock { $0[index] = part }
            }
        }
        var output = Array("[\n".utf8)
        for (index, part) in parts.withLock({ $0 }).enumerated() {
            output += [UInt8](repeating: space, count: 2)
            output += try part!.get()
            output += Array((index == values.count - 1 ? "\n" : ",\n").utf8)
        }
        return output + Array("]".utf8)
    }

    /// A flat object of texts, compact with sorted keys (`{"a":"x","b":null}`):
    /// what `JSONEncoder` writes with `.sortedKeys`, without its reflection
    /// (an import writes one for each of its rows).
    public static func object(_ fields: [String: String?]) -> String {
        var output: [UInt8] = [UInt8(ascii: "{")]
        for (index, key) in fields.keys.sorted().enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output += string(key)
            output.append(UInt8(ascii: ":"))
            output += fields[key]!.map(string) ?? null
        }
        output.append(UInt8(ascii: "}"))
        return String(decoding: output, as: UTF8.self)
    }

    private static let space = UInt8(ascii: " ")

    /// One value of the document being built.
    fileprivate enum Node {
        case scalar([UInt8])
        case array(ArrayBox)
        case object(ObjectBox)
    }

    fileprivate final class ArrayBox {
        var items: [Node] = []
    }

    fileprivate final class ObjectBox {
        var members: [(key: String, value: Node)] = []
    }

    fileprivate static func number(_ value: Double) -> [UInt8] {
        guard value.isFinite else { return null }
        if value == value.rounded(), abs(value) < 1e15 { return Array(String(Int64(value)).utf8) }
        return Array(String(value).utf8)
    }

    fileprivate static let null = Array("null".utf8)

    fileprivate static func string(_ value: String) -> [UInt8] {
        var result: [UInt8] = [UInt8(ascii: "\"")]
        result.reserveCapacity(value.utf8.count + 2)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): result += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\\"): result += [byte, byte]
            case UInt8(ascii: "\n"): result += Array("\\n".utf8)
            case UInt8(ascii: "\r"): result += Array("\\r".utf8)
            case UInt8(ascii: "\t"): result += Array("\\t".utf8)
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                result += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: result.append(byte)
            }
        }
        result.append(UInt8(ascii: "\""))
        return result
    }

    private static func write(_ node: Node, into output: inout [UInt8], indent: Int) {
        switch node {
        case .scalar(let text):
            output += text
        case .array(let box):
            guard !box.items.isEmpty else {
                output += [UInt8(ascii: "["), UInt8(ascii: "]")]
                return
            }
            output += [UInt8(ascii: "["), UInt8(ascii: "\n")]
            for (index, item) in box.items.enumerated() {
                output += repeatElement(space, count: indent + 2)
                write(item, into: &output, indent: indent + 2)
                if index < box.items.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(UInt8(ascii: "\n"))
            }
            output += repeatElement(space, count: indent)
            output.append(UInt8(ascii: "]"))
        case .object(let box):
            guard !box.members.isEmpty else {
                output += [UInt8(ascii: "{"), UInt8(ascii: "}")]
                return
            }
            output += [UInt8(ascii: "{"), UInt8(ascii: "\n")]
            let members = box.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, member) in members.enumerated() {
                output += repeatElement(space, count: indent + 2)
                output += string(member.key)
                output += [space, UInt8(ascii: ":"), space]
                write(member.value, into: &output, indent: indent + 2)
                if index < members.count - 1 { output.append(UInt8(ascii: ",")) }
                output.append(UInt8(ascii: "\n"))
            }
            output += repeatElement(space, count: indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// The node of a value: scalars directly, anything else through its own `encode(to:)`.
    /// (The coding path is not tracked: nothing here throws by path.)
    fileprivate static func node<T: Encodable>(_ value: T) throws -> Node {
        switch value {
        case let number as Double: return .scalar(Self.number(number))
        case let text as String: return .scalar(string(text))
        case let flag as Bool: return .scalar(Array((flag ? "true" : "false").utf8))
        case let integer as Int: return .scalar(Array(String(integer).utf8))
        default:
            let encoder = TextEncoder()
            try value.encode(to: encoder)
            return encoder.node ?? .object(ObjectBox())
        }
    }

    private final class TextEncoder: Encoder {
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        var node: Node?

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let box: ObjectBox
            if case .object(let existing) = node {
                box = existing
            } else {
                box = ObjectBox()
                node = .object(box)
            }
            return KeyedEncodingContainer(KeyedContainer<Key>(box: box))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let box: ArrayBox
            if case .array(let existing) = node {
                box = existing
            } else {
                box = ArrayBox()
                node = .array(box)
            }
            return UnkeyedContainer(box: box)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }
    }

    private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: ObjectBox
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { box.members.append((key.stringValue, .scalar(JSONText.null))) }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            box.members.append((key.stringValue, try JSONText.node(value)))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            let nested = ObjectBox()
            box.members.append((key.stringValue, .object(nested)))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = ArrayBox()
            box.members.append((key.stringValue, .array(nested)))
            return UnkeyedContainer(box: nested)
        }

        mutating func superEncoder() -> any Encoder { TextEncoder() }
        mutating func superEncoder(forKey key: Key) -> any Encoder { TextEncoder() }
    }

    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let box: ArrayBox
        var codingPath: [any CodingKey] { [] }
        var count: Int { box.items.count }

        mutating func encodeNil() throws { box.items.append(.scalar(JSONText.null)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            box.items.append(try JSONText.node(value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = ObjectBox()
            box.items.append(.object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = ArrayBox()
            box.items.append(.array(nested))
            return UnkeyedContainer(box: nested)
        }

        mutating func superEncoder() -> any Encoder { TextEncoder() }
    }

    private struct SingleContainer: SingleValueEncodingContainer {
        let encoder: TextEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws { encoder.node = .scalar(JSONText.null) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            encoder.node = try JSONText.node(value)
        }
    }
}

extension JSONText {
    /// A JSON document with every number of more than twelve significant
    /// digits written with twelve (62713.805700000004 is 62713.8057): a sum's
    /// binary noise, far beyond what any measured input carries. Strings and
    /// every other byte stay as they are; `nil` when nothing changes.
    public static func meaningfulNumbers(_ bytes: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        var changed = false
        var index = 0
        var copied = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\"") {
                inString = true
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
                index += 1
                continue
            }
            let start = index
            var digits = 0
            var leading = true
            var exponent = false
            var fraction = false
            while index < bytes.count {
                let c = bytes[index]
                if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) {
                    if !exponent {
                        if c != UInt8(ascii: "0") { leading = false }
                        if !leading { digits += 1 }
                    }
                } else if c == UInt8(ascii: ".") {
                    fraction = true
                } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                    exponent = true
                } else if c != UInt8(ascii: "-") && c != UInt8(ascii: "+") {
                    break
                }
                index += 1
            }
            guard digits > 12, fraction || exponent, let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)),
                value.isFinite
            else { continue }
            if !changed {
                output.reserveCapacity(bytes.count)
                changed = true
            }
            output += bytes[copied..<start]
            output += Array(CSVTable.number(value).utf8)
            copied = index
        }
        guard changed else { return nil }
        output += bytes[copied...]
        return output
    }
}
