import Kernel

/// The kernel's page, not Plot's (both modules declare a `Page`).
typealias Page = Kernel.Page
