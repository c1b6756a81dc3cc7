import Glibc

/// Starts programs directly (never through a shell), in their own session, output discarded.
enum ProcessSpawner {
    struct Failure: Error { var message: String }

    /// Starts `arguments[0]` found on PATH; `input` is written to its standard input.
    static func spawn(_ arguments: [String], input: [UInt8]? = nil) throws -> pid_t {
        guard let program = arguments.first, !program.isEmpty else { throw Failure(message: "empty command") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pipeEnds: [Int32] = [-1, -1]
        if input != nil {
            guard pipe(&pipeEnds) == 0 else { throw Failure(message: "cannot make a pipe") }
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], 0)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(spawnSetSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, program, &actions, &attributes, argv, environ)
        if input != nil { close(pipeEnds[0]) }
        guard status == 0 else {
            if input != nil { close(pipeEnds[1]) }
            throw Failure(message: "cannot run \(program): \(String(cString: strerror(status)))")
        }
        if let input {
            var offset = 0
            let previous = Glibc.signal(SIGPIPE, SIG_IGN)
            while offset < input.count {
                let n = input[offset...].withUnsafeBytes { write(pipeEnds[1], $0.baseAddress, $0.count) }
                if n <= 0 { break }
                offset += n
            }
            Glibc.signal(SIGPIPE, previous)
            close(pipeEnds[1])
        }
        return pid
    }

    /// True when `name` is an executable on PATH.
    static func isOnPath(_ name: String) -> Bool {
        let path = FileSystem.environment("PATH") ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { access(NotePathJoin.join(String($0), name), X_OK) == 0 }
    }

    /// Reaps a finished child without waiting: its exit status, or nil while it runs.
    static func poll(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        guard result == pid else { return result < 0 ? 0 : nil }
        if (status & 0x7F) == 0 { return (status >> 8) & 0xFF }
        return 128 + (status & 0x7F)
    }
}

/// glibc's `POSIX_SPAWN_SETSID` (2.26+), hidden from Swift behind `_GNU_SOURCE`: the child starts
/// its own session, so closing Notewalk does not take a player down with it.
private let spawnSetSID: Int32 = 0x80
