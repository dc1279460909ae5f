import Foundation
import Testing

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("The client's address behind a trusted reverse proxy")
struct ClientAddressTests {
    @Test("addresses and blocks, IPv4 and IPv6")
    func ranges() throws {
        let block = try #require(AddressRange("10.0.0.0/8"))
        #expect(block.contains("10.20.30.40") && !block.contains("11.0.0.1") && !block.contains("::1"))
        let one = try #require(AddressRange("192.0.2.7"))
        #expect(one.contains("192.0.2.7") && !one.contains("192.0.2.8"))
        let odd = try #require(AddressRange("172.16.0.0/12"))
        #expect(odd.contains("172.31.255.255") && !odd.contains("172.32.0.0"))
        let v6 = try #require(AddressRange("2001:db8::/32"))
        #expect(v6.contains("2001:db8:1::5") && !v6.contains("2001:db9::1") && !v6.contains("10.0.0.1"))
        #expect(AddressRange("::1")?.contains("::1") == true)
        #expect(AddressRange("0.0.0.0/0")?.contains("203.0.113.9") == true)
        for bad in ["", "10.0.0.0/33", "10.0.0", "example.org", "::1/129", "10.0.0.0/x"] { #expect(AddressRange(bad) == nil, "\(bad)") }
        #expect(v6.description == "2001:db8::/32" && one.description == "192.0.2.7")
    }

    @Test("X-Forwarded-For counts only from a trusted proxy, read from the nearest hop outwards")
    func forwardedFor() throws {
        let trusted = [try #require(AddressRange("127.0.0.1")), try #require(AddressRange("10.0.0.0/8"))]
        func client(_ peer: String?, _ header: [String]) -> String {
            ClientAddressMiddleware.clientAddress(peer: peer, forwardedFor: header, trusted: trusted)
        }
        // Straight from the internet: the header is the client's own claim, ignored.
        #expect(client("203.0.113.9", ["198.51.100.1"]) == "203.0.113.9")
        // Through our proxy: the address it saw.
        #expect(client("127.0.0.1", ["198.51.100.1"]) == "198.51.100.1")
        // A client's forged first entry is passed over; proxies of ours are skipped.
        #expect(client("127.0.0.1", ["6.6.6.6, 198.51.100.1, 10.1.2.3"]) == "198.51.100.1")
        #expect(client("127.0.0.1", ["6.6.6.6", "198.51.100.1"]) == "198.51.100.1")
        // No header, or only our own hops: the peer, or the farthest hop.
        #expect(client("127.0.0.1", []) == "127.0.0.1")
        #expect(client("127.0.0.1", ["10.0.0.5"]) == "10.0.0.5")
        #expect(client(nil, ["198.51.100.1"]) == "unknown")
    }

    @Test("ZAVEZA_TRUSTED_PROXIES is read, and a bad entry is refused by name")
    func configuration() throws {
        let configuration = try AppConfiguration.fromEnvironment(["ZAVEZA_TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/8 ,::1"])
        #expect(configuration.trustedProxies.map(\.description) == ["127.0.0.1", "10.0.0.0/8", "::1"])
        #expect(try AppConfiguration.fromEnvironment([:]).trustedProxies.isEmpty)
        #expect(throws: ConfigurationError.self) { try AppConfiguration.fromEnvironment(["ZAVEZA_TRUSTED_PROXIES": "proxy.local"]) }
    }
}
