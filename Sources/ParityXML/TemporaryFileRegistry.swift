#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files `AtomicFileWriter` is writing, removed when SIGINT,
/// SIGTERM or SIGHUP ends the process, so that an interrupted run leaves no
/// `.NAME.….parity-tmp` behind. The handler then restores the signal's
/// default action and raises it again, so the exit status still says which
/// signal ended the process.
///
/// The paths live in a fixed table of C strings that the handler only reads
/// and passes to `unlink(2)` (async-signal-safe); a mutex guards changes.
enum TemporaryFileRegistry {
    /// How many temporary files can be registered at once; more are written unregistered.
    static let capacity = 256

    private static let table = Table()

    /// Registers `path`; returns the slot to give back to `unregister`, or
    /// `nil` when the table is full.
    static func register(_ path: String) -> Int? {
        table.installHandlersOnce()
        return table.insert(path)
    }

    /// Forgets a registered path (the file was renamed into place or removed).
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        table.remove(slot)
    }

    /// Removes every registered file; called from the signal handler.
    fileprivate static func removeAll() {
        table.unlinkAll()
    }

    private final class Table: @unchecked Sendable {
        let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
        let mutex: UnsafeMutablePointer<pthread_mutex_t>
        var installed = false

        init() {
            slots = .allocate(capacity: TemporaryFileRegistry.capacity)
            slots.initialize(repeating: nil, count: TemporaryFileRegistry.capacity)
            mutex = .allocate(capacity: 1)
            pthread_mutex_init(mutex, nil)
        }

        func installHandlersOnce() {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            guard !installed else { return }
            installed = true
            // A parent that spawned us from a thread blocking signals (a dispatch worker does) passed its mask on;
            // unblocked, the signal still ends the process, as it would by default, but after the clean-up.
            var unblock = sigset_t()
            sigemptyset(&unblock)
            for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
                var current = sigaction()
                sigaction(signalNumber, nil, &current)
                // A signal the caller chose to ignore (nohup, a shell's background job) stays ignored.
                if isIgnored(current) { continue }
                var action = sigaction()
                setHandler(&action, removeTemporaryFilesAndReraise)
                sigemptyset(&action.sa_mask)
                action.sa_flags = 0
                sigaction(signalNumber, &action, nil)
                sigaddset(&unblock, signalNumber)
            }
            pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        }

        func insert(_ path: String) -> Int? {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            for slot in 0..<TemporaryFileRegistry.capacity where slots[slot] == nil {
                slots[slot] = strdup(path)
                return slot
            }
            return nil
        }

        func remove(_ slot: Int) {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            let old = slots[slot]
            slots[slot] = nil
            free(old)
        }

        func unlinkAll() {
            for slot in 0..<TemporaryFileRegistry.capacity {
                if let path = slots[slot] { unlink(path) }
            }
        }
    }
}

#if canImport(Darwin)
private func isIgnored(_ action: sigaction) -> Bool {
    unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
}

private func setHandler(_ action: inout sigaction, _ handler: @convention(c) (Int32) -> Void) {
    action.__sigaction_u.__sa_handler = handler
}
#else
private func isIgnored(_ action: sigaction) -> Bool {
    unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
}

private func setHandler(_ action: inout sigaction, _ handler: @convention(c) (Int32) -> Void) {
    action.__sigaction_handler.sa_handler = handler
}
#endif

/// The handler: remove the temporary files, then die of the same signal.
private func removeTemporaryFilesAndReraise(_ signalNumber: Int32) {
    TemporaryFileRegistry.removeAll()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
