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
//! An outage (a step that fails, e.g. the RPC endpoint is down) is logged once when it begins and
//! once when it ends, retried with a growing pause (up to [`MAX_BACKOFF`]), and shown, with each
//! role's last step, in a [`RoleBoard`] (`GET /debug/info`).
//!
//! A step is abandoned when the stop comes in the middle of it: every step writes its progress
//! before acting and reads the chain again on resume, so a stop is the same as a crash at that
//! point, which each role recovers from.

use std::{
    collections::BTreeMap,
    fmt,
    sync::{Arc, Mutex},
    time::Duration,
};

use serde::Serialize;
use tokio::sync::{mpsc, watch};
use tracing::{debug, error, info, warn};

use crate::clock::unix_now;

/// The longest pause between failed steps.
pub const MAX_BACKOFF: Duration = Duration::from_secs(60);

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
pub async fn run<R: Role>(role: R, shutdown: Shutdown) -> Result<(), R::Error> {
    run_on(role, shutdown, &RoleBoard::default()).await
}

/// [`run`], reporting the role's health on `board`.
pub async fn run_on<R: Role>(
    mut role: R,
    mut shutdown: Shutdown,
    board: &RoleBoard,
) -> Result<(), R::Error> {
    info!(role = R::NAME, "market role started");
    board.update(R::NAME, |h| h.state = RoleState::Running);
    let mut failures = 0u32;
    let result = loop {
        let step = tokio::select! {
            biased;
            () = shutdown.recv() => break Ok(()),
            step = role.step() => step,
        };
        match step {
            Ok(report) => {
                debug!(role = R::NAME, ?report, "step");
                if failures > 0 {
                    let since = board.get(R::NAME).and_then(|h| h.failing_since);
                    info!(
                        role = R::NAME,
                        failed_steps = failures,
                        since,
                        "market role recovered"
                    );
                }
                failures = 0;
                board.update(R::NAME, |h| {
                    h.state = RoleState::Running;
                    h.steps += 1;
                    h.last_step_at = Some(unix_now());
                    h.consecutive_failures = 0;
                    h.failing_since = None;
                });
            }
            Err(err) if R::is_fatal(&err) => {
                error!(role = R::NAME, error = %err, "market role stopped by an error");
                board.update(R::NAME, |h| {
                    h.state = RoleState::Dead;
                    h.last_error = Some(err.to_string());
                });
                break Err(err);
            }
            Err(err) => {
                failures = failures.saturating_add(1);
                if failures == 1 {
                    warn!(role = R::NAME, error = %err, "market role failing (the chain or the database out of reach?); retrying");
                } else {
                    debug!(role = R::NAME, error = %err, failures, "step failed again");
                }
                board.update(R::NAME, |h| {
                    h.state = RoleState::Failing;
                    h.consecutive_failures = failures;
                    h.failing_since.get_or_insert_with(unix_now);
                    h.last_error = Some(err.to_string());
                });
            }
        }
        if failures > 0 {
            // 1 s, 2 s, 4 s, ... up to MAX_BACKOFF.
            if shutdown.sleep(backoff(failures)).await {
                break Ok(());
            }
            continue;
        }
        tokio::select! {
            biased;
            () = shutdown.recv() => break Ok(()),
            () = role.idle() => {}
        }
    };
    role.stopped().await;
    if result.is_ok() {
        board.update(R::NAME, |h| h.state = RoleState::Stopped);
    }
    info!(role = R::NAME, "market role stopped");
    result
}

/// The pause after `failures` failed steps in a row.
fn backoff(failures: u32) -> Duration {
    Duration::from_secs(1u64 << failures.saturating_sub(1).min(6)).min(MAX_BACKOFF)
}

/// Where a role is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RoleState {
    /// Not started yet.
    #[default]
    Starting,
    /// Its last step succeeded.
    Running,
    /// Its last steps failed; retried.
    Failing,
    /// Stopped by an error that retrying cannot fix.
    Dead,
    /// Stopped by the node's shutdown.
    Stopped,
}

/// A role's health, as `GET /debug/info` shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RoleHealth {
    /// Where it is.
    pub state: RoleState,
    /// Steps that succeeded.
    pub steps: u64,
    /// Local unix seconds of the last step that succeeded.
    pub last_step_at: Option<i64>,
    /// Steps that failed in a row.
    pub consecutive_failures: u32,
    /// Local unix seconds the current outage began.
    pub failing_since: Option<i64>,
    /// The last error.
    pub last_error: Option<String>,
}

/// Every role's health, shared between the role tasks and the API. Cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct RoleBoard {
    roles: Arc<Mutex<BTreeMap<&'static str, RoleHealth>>>,
}

impl RoleBoard {
    fn update(&self, role: &'static str, change: impl FnOnce(&mut RoleHealth)) {
        let mut roles = self.roles.lock().unwrap_or_else(|p| p.into_inner());
        change(roles.entry(role).or_default());
    }

    /// One role's health.
    pub fn get(&self, role: &str) -> Option<RoleHealth> {
        self.snapshot().remove(role)
    }

    /// Every role's health, by name.
    pub fn snapshot(&self) -> BTreeMap<String, RoleHealth> {
        self.roles
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .map(|(name, health)| ((*name).to_owned(), health.clone()))
            .collect()
    }
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

    #[tokio::test(start_paused = true)]
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

    #[tokio::test(start_paused = true)]
    async fn an_outage_shows_on_the_board_and_ends_with_the_next_good_step() {
        struct Flaky {
            steps: usize,
        }
        impl Role for Flaky {
            const NAME: &'static str = "flaky";
            type Report = ();
            type Error = String;
            async fn step(&mut self) -> Result<(), String> {
                self.steps += 1;
                if (2..=4).contains(&self.steps) {
                    Err("rpc down".into())
                } else {
                    Ok(())
                }
            }
            async fn idle(&mut self) {
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            fn is_fatal(_: &String) -> bool {
                false
            }
        }
        let board = RoleBoard::default();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let task = {
            let board = board.clone();
            tokio::spawn(async move {
                run_on(
                    Flaky { steps: 0 },
                    Shutdown::on(async {
                        let _ = rx.await;
                    }),
                    &board,
                )
                .await
            })
        };
        // Steps 2..=4 fail: pauses of 1 s, 2 s, 4 s.
        tokio::time::sleep(Duration::from_millis(2_500)).await;
        let failing = board.get("flaky").expect("reported");
        assert_eq!(failing.state, RoleState::Failing);
        assert_eq!(failing.consecutive_failures, 2);
        assert_eq!(failing.last_error.as_deref(), Some("rpc down"));
        assert!(failing.failing_since.is_some());
        tokio::time::sleep(Duration::from_secs(10)).await;
        let recovered = board.get("flaky").expect("reported");
        assert_eq!(recovered.state, RoleState::Running);
        assert_eq!(recovered.consecutive_failures, 0);
        assert_eq!(recovered.failing_since, None);
        assert!(recovered.steps >= 2);
        let _ = tx.send(());
        task.await.expect("task").expect("run");
        assert_eq!(
            board.get("flaky").expect("reported").state,
            RoleState::Stopped
        );
        assert_eq!(backoff(1), Duration::from_secs(1));
        assert_eq!(backoff(3), Duration::from_secs(4));
        assert_eq!(backoff(30), MAX_BACKOFF);
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
