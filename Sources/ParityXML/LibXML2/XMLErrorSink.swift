import CLibXML2

/// Collects libxml2's structured errors instead of letting libxml2 print
/// them to stderr.
///
/// libxml2 keeps its structured error handler per thread; `collecting`
/// installs this sink for the duration of a synchronous body and restores
/// the previous handler afterwards, so a sink never sees another task's errors.
final class XMLErrorSink {
    /// Messages in the order libxml2 reported them.
    private(set) var messages: [XMLMessage] = []

    /// Creates an empty sink.
    init() {}

    /// The first message at `error` level or worse, if any.
    var firstError: XMLMessage? { messages.first { $0.level >= .error } }

    /// Records a message raised by Parity itself (for example a refused entity).
    func record(_ message: XMLMessage) {
        messages.append(message)
    }

    /// Runs `body` with this sink receiving libxml2's structured errors on the
    /// current thread. `body` must not suspend or hop threads.
    func collecting<Result: ~Copyable, Failure: Error>(
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        _ = libXML2Initialized
        let previousHandler = __xmlStructuredError().pointee
        let previousContext = __xmlStructuredErrorContext().pointee
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque(), { context, error in
            guard let context, let error, let message = XMLMessage(error) else { return }
            Unmanaged<XMLErrorSink>.fromOpaque(context).takeUnretainedValue().record(message)
        })
        defer {
            xmlSetStructuredErrorFunc(previousContext, previousHandler)
            withExtendedLifetime(self) {}
        }
        return try body()
    }
}
