//! Stdin and stdout for the protocol, read and written by the runtime's
//! worker threads when they are pipes (as an editor starts a server).
//!
//! tokio's `Stdin`/`Stdout` perform every read and write on its blocking
//! thread pool, so each message in or out cost a thread wake-up on top of the
//! work (measured on the latency bench: see ARCHITECTURE.md, "LSP latency").
//! A pipe or socket is switched to non-blocking mode and polled by the
//! runtime's I/O driver instead; the original mode is restored when the
//! server's I/O is dropped. Anything else (a terminal, a file) keeps tokio's
//! types: epoll cannot poll regular files, and a terminal's mode is shared
//! with the shell.

use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use tokio::io::unix::AsyncFd;
use tokio::io::{AsyncRead, AsyncWrite, Interest, ReadBuf};

struct Fd(RawFd);

impl AsRawFd for Fd {
    fn as_raw_fd(&self) -> RawFd {
        self.0
    }
}

/// A pipe or socket file descriptor in non-blocking mode, registered with
/// the runtime's I/O driver. Must be created inside the runtime.
pub struct Pipe {
    fd: AsyncFd<Fd>,
    flags: libc::c_int,
}

impl Pipe {
    /// `None` when `fd` is not a pipe or socket, or cannot be polled.
    pub fn new(fd: RawFd, interest: Interest) -> Option<Pipe> {
        // SAFETY: fstat and fcntl on a descriptor number only read or set its
        // flags; `register_with_interest` needs the descriptor to stay open
        // as long as the `AsyncFd`, which holds for stdin and stdout (nothing
        // in the process closes them).
        unsafe {
            let mut st: libc::stat = std::mem::zeroed();
            if libc::fstat(fd, &mut st) != 0 {
                return None;
            }
            let kind = st.st_mode & libc::S_IFMT;
            if kind != libc::S_IFIFO && kind != libc::S_IFSOCK {
                return None;
            }
            let flags = libc::fcntl(fd, libc::F_GETFL);
            if flags < 0 || libc::fcntl(fd, libc::F_SETFL, flags | libc::O_NONBLOCK) != 0 {
                return None;
            }
            match AsyncFd::register_with_interest(Fd(fd), interest) {
                Ok(fd) => Some(Pipe { fd, flags }),
                Err(_) => {
                    libc::fcntl(fd, libc::F_SETFL, flags);
                    None
                }
            }
        }
    }
}

impl Drop for Pipe {
    fn drop(&mut self) {
        // SAFETY: restores the flags read in `new` on the same descriptor.
        unsafe {
            libc::fcntl(self.fd.get_ref().0, libc::F_SETFL, self.flags);
        }
    }
}

fn result(n: isize) -> io::Result<usize> {
    if n < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(n as usize)
    }
}

impl AsyncRead for Pipe {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        loop {
            let mut guard = ready!(self.fd.poll_read_ready(cx))?;
            let unfilled = buf.initialize_unfilled();
            // SAFETY: reads into the initialised, unfilled part of `buf`.
            let r = guard.try_io(|fd| result(unsafe { libc::read(fd.get_ref().0, unfilled.as_mut_ptr().cast(), unfilled.len()) }));
            match r {
                Ok(Ok(n)) => {
                    buf.advance(n);
                    return Poll::Ready(Ok(()));
                }
                Ok(Err(e)) if e.kind() == io::ErrorKind::Interrupted => continue,
                Ok(Err(e)) => return Poll::Ready(Err(e)),
                Err(_would_block) => continue,
            }
        }
    }
}

impl AsyncWrite for Pipe {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        loop {
            let mut guard = ready!(self.fd.poll_write_ready(cx))?;
            // SAFETY: writes from `data`, which outlives the call.
            match guard.try_io(|fd| result(unsafe { libc::write(fd.get_ref().0, data.as_ptr().cast(), data.len()) })) {
                Ok(Ok(n)) => return Poll::Ready(Ok(n)),
                Ok(Err(e)) if e.kind() == io::ErrorKind::Interrupted => continue,
                Ok(Err(e)) => return Poll::Ready(Err(e)),
                Err(_would_block) => continue,
            }
        }
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(())) // nothing is buffered here
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// The server's input: stdin as a [`Pipe`] if it is one, else tokio's.
pub fn input() -> Box<dyn AsyncRead + Send + Unpin> {
    match Pipe::new(0, Interest::READABLE) {
        Some(p) => Box::new(p),
        None => Box::new(tokio::io::stdin()),
    }
}

/// The server's output: stdout as a [`Pipe`] if it is one, else tokio's.
pub fn output() -> Box<dyn AsyncWrite + Send + Unpin> {
    match Pipe::new(1, Interest::WRITABLE) {
        Some(p) => Box::new(p),
        None => Box::new(tokio::io::stdout()),
    }
}
