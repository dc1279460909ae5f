import ClimateWorkspace
import Fluent
import Kernel
import OpenAPIRuntime
import OpenAPIVapor
import Partnership
import Vapor
import ZavezaAPI

/// The composition root: builds the application from one configuration
/// value and the list of features, so tests build the same application with
/// another database.
package enum ZavezaApp {
    /// Every feature of Zaveza, in the order their routes are registered and
    /// their demo data loaded. A new feature is one line here.
    package static let features: [Feature] = [.accounts] + ClimateWorkspace.features + Partnership.features

    /// Every feature's migrations, in the order of their numbers.
    package static var migrations: [any Migration] { features.flatMap(\.migrations).sorted { $0.name < $1.name } }

    /// Makes and configures an application; the caller shuts it down.
    package static func make(_ configuration: AppConfiguration, arguments: [String] = ["zaveza"]) async throws -> Application {
        let environment = Environment(name: configuration.environmentName, arguments: arguments)
        let app = try await Application.make(environment)
        do {
            try await configure(app, configuration)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return app
    }

    static func configure(_ app: Application, _ configuration: AppConfiguration) async throws {
        app.logger.logLevel = configuration.logLevel
        // SQLite and bcrypt run on this pool. SQLite's busy handler waits for
        // a writer by holding a thread, so with as few threads as cores a
        // long import and two waiting writers could leave no thread for the
        // writer they wait for (and for reads): many threads, most of them idle.
        app.threadPool = NIOThreadPool(numberOfThreads: 16)
        app.features = Features(features)
        app.files = FileStore(directory: configuration.filesFolder)
        try DatabaseSetup.configure(app, configuration, migrations: migrations)
        if app.environment == .development { app.databases.middleware.use(OutboxEcho()) }
        // bcrypt: cost 12 in real use; 4 keeps the test suite fast (still real bcrypt).
        app.passwords.use(.bcrypt(cost: app.environment == .testing ? 4 : 12))

        // Routes first: the body limits are read from them.
        try routes(app, configuration)
        app.routes.defaultMaxBodySize = .init(value: BodyLimitMiddleware.defaultLimit)

        // Outermost first: request id and access log see every answer, errors
        // are rendered in the request's language, then static files.
        app.middleware = Middlewares()
        app.middleware.use(InFlightMiddleware(requests: app.inFlightRequests))
        app.middleware.use(RequestIdMiddleware())
        app.middleware.use(ClientAddressMiddleware(trustedProxies: configuration.trustedProxies))
        app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
        app.middleware.use(SecurityHeadersMiddleware())
        app.middleware.use(LanguageMiddleware())
        app.middleware.use(AppErrorMiddleware(routes: app.routes, showsInternalErrors: !app.environment.isRelease))
        app.middleware.use(BodyLimitMiddleware(routes: app.routes))
        app.middleware.use(CSRFMiddleware())
        app.middleware.use(AuthenticationMiddleware())
        app.middleware.use(StaticFilesMiddleware())
    }

    static func routes(_ app: Application, _ configuration: AppConfiguration) throws {
        Observability.register(app, metricsToken: configuration.metricsToken)
        LanguageSwitch.register(app)
        for feature in features { try feature.routes(app) }
        try OpenAPIDocumentRoutes.register(app)
        try APIHandler().registerHandlers(
            on: VaporTransport(routesBuilder: app.grouped(PublicAnswerCache(), JSONNumbersMiddleware(), APIRequestMiddleware())),
            serverURL: URL(string: SiteRoute.apiPrefix)!,
            // Compact JSON: smaller and faster to send than the pretty default.
            configuration: .init(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes])
        )
        // The one API operation that takes a file: an inventory's rows as CSV.
        for route in app.routes.all where route.method == .PUT && route.path.last == .constant("rows") {
            route.acceptsUpTo(10 * 1024 * 1024)
        }
    }
}

/// Each area adds its operations to `APIHandler` in its own folder; here
/// they make the one implementation of `openapi.yaml` (the compiler checks
/// that every operation has its handler).
extension APIHandler: APIProtocol {}
