import Fluent
import Foundation

/// A role a person holds, in the partnership or in one city (PRODUCT.md, Roles).
package enum Role: String, Codable, CaseIterable, Sendable {
    case coordinator
    case cityAdmin = "city_admin"
    case cityOfficer = "city_officer"
    case workingGroupMember = "working_group_member"
    case resident

    /// Whether the role belongs to one city (else to the partnership or the person).
    package var isCityScoped: Bool { self == .cityAdmin || self == .cityOfficer }
}

/// A person's account. One account can hold roles in several scopes.
package final class User: Model, @unchecked Sendable {
    package static let schema = "users"

    @ID(key: .id) package var id: UUID?
    /// Lower-case; unique.
    @Field(key: "email") package var email: String
    @Field(key: "name") package var name: String
    /// bcrypt; `nil` until an invited person sets a password.
    @OptionalField(key: "password_hash") package var passwordHash: String?
    /// Set for a one-time password printed by `zaveza user create`.
    @Field(key: "must_change_password") package var mustChangePassword: Bool
    /// Demo accounts exist only together with the demo data.
    @Field(key: "is_demo") package var isDemo: Bool
    @Children(for: \.$user) package var roles: [RoleAssignment]
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package init(email: String, name: String, passwordHash: String?, mustChangePassword: Bool = false, isDemo: Bool = false) {
        self.email = email.lowercased()
        self.name = name
        self.passwordHash = passwordHash
        self.mustChangePassword = mustChangePassword
        self.isDemo = isDemo
    }
}

/// One role of one person, in one city or partnership-wide. Removing it is a
/// soft delete that a city admin can undo.
package final class RoleAssignment: Model, @unchecked Sendable {
    package static let schema = "role_assignments"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "user_id") package var user: User
    @Field(key: "role") package var role: Role
    @OptionalParent(key: "city_id") package var city: City?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {}

    package init(userID: UUID, role: Role, cityID: UUID?) {
        self.$user.id = userID
        self.role = role
        self.$city.id = cityID
    }
}

/// A signed-in browser. The cookie holds a random secret; only its SHA-256 is
/// stored, so a copy of the database opens no session.
package final class UserSession: Model, @unchecked Sendable {
    package static let schema = "sessions"

    @ID(key: .id) package var id: UUID?
    @Field(key: "token_hash") package var tokenHash: String
    @Parent(key: "user_id") package var user: User
    @Field(key: "expires_at") package var expiresAt: Date
    @Field(key: "last_seen_at") package var lastSeenAt: Date
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// A single-use secret sent by e-mail: a password reset or an invitation.
package final class OneTimeToken: Model, @unchecked Sendable {
    package static let schema = "one_time_tokens"

    package enum Purpose: String, Codable, Sendable {
        case passwordReset = "password_reset"
        case invitation
    }

    @ID(key: .id) package var id: UUID?
    @Parent(key: "user_id") package var user: User
    @Field(key: "purpose") package var purpose: Purpose
    @Field(key: "token_hash") package var tokenHash: String
    @Field(key: "expires_at") package var expiresAt: Date
    @OptionalField(key: "used_at") package var usedAt: Date?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// Messages the platform would e-mail. Until e-mail is set up the coordinator
/// reads them on the outbox page and passes them on.
package final class OutboxMessage: Model, @unchecked Sendable {
    package static let schema = "outbox_messages"

    @ID(key: .id) package var id: UUID?
    @Field(key: "to_email") package var toEmail: String
    @Field(key: "subject") package var subject: String
    @Field(key: "body") package var body: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package init(to email: String, subject: String, body: String) {
        self.toEmail = email
        self.subject = subject
        self.body = body
    }
}

/// A machine's key to one city's data, read-only or read-write. Shown once;
/// stored as SHA-256; revoked rather than deleted, so its history stays.
package final class APIToken: Model, @unchecked Sendable {
    package static let schema = "api_tokens"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "city_id") package var city: City
    @Field(key: "name") package var name: String
    @Field(key: "token_hash") package var tokenHash: String
    @Field(key: "can_write") package var canWrite: Bool
    @Parent(key: "created_by") package var createdBy: User
    @OptionalField(key: "last_used_at") package var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") package var revokedAt: Date?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

/// One try to sign in, for throttling.
package final class LoginAttempt: Model, @unchecked Sendable {
    package static let schema = "login_attempts"

    @ID(key: .id) package var id: UUID?
    @Field(key: "email") package var email: String
    @Field(key: "address") package var address: String
    @Field(key: "succeeded") package var succeeded: Bool
    @Field(key: "at") package var at: Date

    package init() {}

    package init(email: String, address: String, succeeded: Bool, at: Date) {
        self.email = email
        self.address = address
        self.succeeded = succeeded
        self.at = at
    }
}

/// A registration waiting for its e-mail to be confirmed: the account is
/// made only when the link sent to the address is opened, so an address
/// cannot be claimed (or its future owner's password chosen) by someone who
/// cannot read its mail. Lapses after `Accounts.registrationLifetime`.
package final class PendingRegistration: Model, @unchecked Sendable {
    package static let schema = "pending_registrations"

    @ID(key: .id) package var id: UUID?
    @Field(key: "email") package var email: String
    @Field(key: "name") package var name: String
    @Field(key: "password_hash") package var passwordHash: String
    @Field(key: "language") package var language: String
    @Field(key: "token_hash") package var tokenHash: String
    @Field(key: "expires_at") package var expiresAt: Date
    @OptionalField(key: "used_at") package var usedAt: Date?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}
