//! The one shape every market role runs in (after tokio-rs/mini-redis's server and shutdown):
//!
//! - a role is a [`Role`]: a struct owning its state, whose [`Role::step`] does one bounded pass
//!   of work (handle the events that arrived, act on what is due) and returns a report, so tests
//!   drive a role step by step against a real chain;
//! - [`run`] repeats `step` and [`Role::idle`] until the [`Shutdown`] signal, logging step
//!   errors and going on, and ending only on an error [`Role::is_fatal`] calls fatal (the
//!   database or the configuration is unusable);
//! - [`Lifecycle`] is the node's side: it hands each task a [`Shutdown`] and a [`Done`] guard
//!   (sub-tasks such as a host's slot drivers get their own), signals the stop, and waits until
//!   every guard is dropped.
//!
//! A step is abandoned when the stop comes in the middle of it: every step writes its progress
//! before acting and reads the chain again on resume, so a stop is the same as a crash at that
//! point, which each role recovers from.

use std::{fmt, time::Duration};

use tokio::sync::{mpsc, watch};
use tracing::{debug, error, info, warn};

/// A market role's work (see the module docs).
pub trait Role: Send {
    /// The role's name in logs.
    const NAME: &'static str;
    /// What one step did.
    type Report: fmt::Debug + Send;
    /// Why a step failed.
    type Error: fmt::Display + Send;

    /// One bounded pass of work.
    fn step(&mut self) -> impl Future<Output = Result<Self::Report, Self::Error>> + Send;

    /// Waits until the next step is due (an interval, or events arrived).
    fn idle(&mut self) -> impl Future<Output = ()> + Send;

    /// Whether `error` ends the run (rather than being retried on the next step).
    fn is_fatal(error: &Self::Error) -> bool;

    /// Called once when the run ends (e.g. to save the event cursor).
    fn stopped(&mut self) -> impl Future<Output = ()> + Send {
        async {}
    }
}

/// Runs `role` until `shutdown` is signalled (see the module docs).
pub async fn run<R: Role>(mut role: R, mut shutdown: Shutdown) -> Result<(), R::Error> {
    info!(role = R::NAME, "market role started");
    let result = loop {
        let step = tokio::select! {
            biased;
            () = shutdown.recv() => break Ok(()),
            step = role.step() => step,
        };
        match step {
            Ok(report) => debug!(role = R::NAME, ?report, "step"),
            Err(err) if R::is_fatal(&err) => {
                error!(role = R::NAME, error = %err, "market role stopped by an error");
                break Err(err);
            }
            Err(err) => warn!(role = R::NAME, error = %err, "step failed; trying again"),
        }
        tokio::select! {
            biased;
            () = shutdown.recv() => break Ok(()),
            () = role.idle() => {}
        }
    };
    role.stopped().await;
    info!(role = R::NAME, "market role stopped");
    result
}

/// Tells tasks to stop. Cheap to clone; a task that subscribes after the signal sees it at once.
#[derive(Debug, Clone)]
pub struct Shutdown {
    rx: watch::Receiver<bool>,
}

impl Shutdown {
    /// A signal given when `stop` resolves (for tests and single tasks).
    pub fn on(stop: impl Future<Output = ()> + Send + 'static) -> Self {
        let (tx, rx) = watch::channel(false);
        tokio::spawn(async move {
            tokio::select! {
                () = stop => {
                    let _ = tx.send(true);
                }
                () = tx.closed() => {}
            }
        });
        Self { rx }
    }

    /// A signal that never comes.
    pub fn never() -> Self {
        let (tx, rx) = watch::channel(false);
        std::mem::forget(tx);
        Self { rx }
    }

    /// Whether the stop was signalled.
    pub fn is_shutdown(&self) -> bool {
        *self.rx.borrow()
    }

    /// Resolves once the stop is signalled (or its sender is gone).
    pub async fn recv(&mut self) {
        let _ = self.rx.wait_for(|stop| *stop).await;
    }

    /// Sleeps for `duration`; true if the stop came meanwhile.
    pub async fn sleep(&mut self, duration: Duration) -> bool {
        tokio::time::timeout(duration, self.recv()).await.is_ok()
    }
}

/// Held by a running task; [`Lifecycle::stop`] waits until every one is dropped.
#[derive(Debug, Clone)]
pub struct Done {
    _tx: mpsc::Sender<()>,
}

/// The node's side of the tasks: the stop signal and the wait for every task to finish.
#[derive(Debug)]
pub struct Lifecycle {
    stop: watch::Sender<bool>,
    done_tx: mpsc::Sender<()>,
    done_rx: mpsc::Receiver<()>,
}

impl Default for Lifecycle {
    fn default() -> Self {
        Self::new()
    }
}

impl Lifecycle {
    /// No task yet.
    pub fn new() -> Self {
        let (stop, _) = watch::channel(false);
        let (done_tx, done_rx) = mpsc::channel(1);
        Self {
            stop,
            done_tx,
            done_rx,
        }
    }

    /// The signal, for a new task.
    pub fn shutdown(&self) -> Shutdown {
        Shutdown {
            rx: self.stop.subscribe(),
        }
    }

    /// A guard for a new task.
    pub fn done(&self) -> Done {
        Done {
            _tx: self.done_tx.clone(),
        }
    }

    /// Signals the stop and waits up to `grace` for every task to drop its [`Done`]; false if
    /// some did not.
    pub async fn stop(self, grace: Duration) -> bool {
        let Self {
            stop,
            done_tx,
            mut done_rx,
        } = self;
        let _ = stop.send(true);
        drop(done_tx);
        tokio::time::timeout(grace, done_rx.recv()).await.is_ok()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    };

    use super::*;

    /// Counts steps; fails every other one; fatal on the fifth.
    struct Counter {
        steps: Arc<AtomicUsize>,
        fatal_at: usize,
    }

    impl Role for Counter {
        const NAME: &'static str = "counter";
        type Report = usize;
        type Error = String;

        async fn step(&mut self) -> Result<usize, String> {
            let n = self.steps.fetch_add(1, Ordering::SeqCst) + 1;
            match n {
                n if n == self.fatal_at => Err("fatal".into()),
                n if n % 2 == 0 => Err("retry".into()),
                n => Ok(n),
            }
        }

        async fn idle(&mut self) {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }

        fn is_fatal(error: &String) -> bool {
            error == "fatal"
        }
    }

    #[tokio::test]
    async fn errors_are_retried_until_a_fatal_one() {
        let steps = Arc::new(AtomicUsize::new(0));
        let role = Counter {
            steps: steps.clone(),
            fatal_at: 5,
        };
        let err = run(role, Shutdown::never()).await.expect_err("fatal");
        assert_eq!(err, "fatal");
        assert_eq!(steps.load(Ordering::SeqCst), 5);
    }

    #[tokio::test]
    async fn the_stop_ends_every_task_and_is_waited_for() {
        let lifecycle = Lifecycle::new();
        let steps = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..3 {
            let role = Counter {
                steps: steps.clone(),
                fatal_at: usize::MAX,
            };
            let (shutdown, done) = (lifecycle.shutdown(), lifecycle.done());
            tasks.push(tokio::spawn(async move {
                let result = run(role, shutdown).await;
                drop(done);
                result
            }));
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
        // A task that subscribes after the signal sees it.
        let mut late = lifecycle.shutdown();
        assert!(
            lifecycle.stop(Duration::from_secs(5)).await,
            "every task finished"
        );
        for task in tasks {
            task.await.expect("task").expect("no fatal error");
        }
        assert!(steps.load(Ordering::SeqCst) >= 3);
        late.recv().await;
        assert!(late.is_shutdown());
    }
}
