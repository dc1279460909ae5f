// The types and the server protocol of /api/v1 are generated at build time from
// `openapi.yaml` (spec first). SwiftPM needs one Swift source in a target; this
// comment is it.
//
// `openapi.yaml` here is a link to `Sources/App/Resources/openapi.yaml`, the one
// copy of the contract: the app ships it as a resource to serve it at
// /api/v1/openapi.yaml and .json. (A resource in this target would clash with
// the generated code's `package import Foundation`; the link keeps one file.)
