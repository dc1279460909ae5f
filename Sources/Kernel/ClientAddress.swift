import Foundation
import Vapor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An address or a block of addresses (`10.0.0.0/8`, `::1`), IPv4 or IPv6.
package struct AddressRange: Sendable, Equatable, CustomStringConvertible {
    package let bytes: [UInt8]
    package let prefixLength: Int

    /// Reads `192.0.2.1`, `10.0.0.0/8`, `2001:db8::/32` or `::1`; nil for anything else.
    package init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let bytes = Self.bytes(String(parts[0])) else { return nil }
        let bits = bytes.count * 8
        if parts.count == 2 {
            guard let length = Int(parts[1]), (0...bits).contains(length) else { return nil }
            prefixLength = length
        } else {
            prefixLength = bits
        }
        self.bytes = bytes
    }

    /// The bytes of an IPv4 or IPv6 address.
    package static func bytes(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }

    /// Whether the address is in the range (an IPv4 address is never in an IPv6 range).
    package func contains(_ address: String) -> Bool {
        guard let other = Self.bytes(address.trimmingCharacters(in: .whitespaces)), other.count == bytes.count else { return false }
        var remaining = prefixLength
        for (a, b) in zip(bytes, other) where remaining > 0 {
            let mask: UInt8 = remaining >= 8 ? 0xFF : ~(0xFF >> UInt8(remaining))
            if a & mask != b & mask { return false }
            remaining -= 8
        }
        return true
    }

    package var description: String {
        let address: String
        if bytes.count == 4 {
            address = bytes.map(String.init).joined(separator: ".")
        } else {
            var value = in6_addr()
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes) }
            var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            address = inet_ntop(AF_INET6, &value, &text, socklen_t(text.count)).map { String(cString: $0) } ?? "?"
        }
        return prefixLength == bytes.count * 8 ? address : "\(address)/\(prefixLength)"
    }
}

/// Where a request comes from, for throttling: the peer's address, or behind
/// a trusted reverse proxy (`ZAVEZA_TRUSTED_PROXIES`) the nearest address in
/// `X-Forwarded-For` that is not itself a trusted proxy. A header from
/// anyone else is ignored, so a client cannot choose its own address.
package struct ClientAddressMiddleware: AsyncMiddleware {
    package let trustedProxies: [AddressRange]

    package init(trustedProxies: [AddressRange]) {
        self.trustedProxies = trustedProxies
    }

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let peer = request.remoteAddress?.ipAddress
        request.storage[ClientAddressKey.self] = Self.clientAddress(
            peer: peer, forwardedFor: request.headers[.xForwardedFor], trusted: trustedProxies)
        request.storage[SecureKey.self] = Self.isSecure(
            scheme: request.url.scheme, peer: peer, forwardedProto: request.headers.first(name: "X-Forwarded-Proto"),
            trusted: trustedProxies)
        return try await next.respond(to: request)
    }

    /// Whether the visitor came over TLS: only a trusted proxy may say so.
    package static func isSecure(scheme: String?, peer: String?, forwardedProto: String?, trusted: [AddressRange]) -> Bool {
        if scheme == "https" { return true }
        guard let peer, trusted.contains(where: { $0.contains(peer) }) else { return false }
        return forwardedProto?.lowercased() == "https"
    }

    package static func clientAddress(peer: String?, forwardedFor: [String], trusted: [AddressRange]) -> String {
        guard let peer else { return "unknown" }
        func isTrusted(_ address: String) -> Bool { trusted.contains { $0.contains(address) } }
        guard isTrusted(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        // From the nearest hop outwards: the first one not ours is the client.
        for hop in hops.reversed() where !isTrusted(hop) {
            return AddressRange.bytes(hop) == nil ? peer : hop
        }
        return hops.first ?? peer
    }
}

private enum ClientAddressKey: StorageKey {
    typealias Value = String
}

private enum SecureKey: StorageKey {
    typealias Value = Bool
}

extension Request {
    /// The client's address (see `ClientAddressMiddleware`).
    package var clientAddress: String { storage[ClientAddressKey.self] ?? remoteAddress?.ipAddress ?? "unknown" }

    /// Whether the visitor came over TLS: to this server, or to a trusted
    /// proxy that says so in `X-Forwarded-Proto` (anyone else's header is ignored).
    package var isSecure: Bool { storage[SecureKey.self] ?? (url.scheme == "https") }
}
