//! One pass over the followed slots: randomness, ended requests, required and missing proofs.

use std::collections::{HashMap, HashSet};

use cairn_chain::{B256, ChainClient, ChainError, MarketplaceError, RequestState};
use futures::{StreamExt, stream};
use tracing::{debug, error, info, warn};

use super::{FollowedSlot, MarkRecord, MarkStatus, StepReport, Validator, ValidatorError, store};

/// The periods whose missing proofs can be marked at chain time `now`: those that ended
/// (`periodEnd(p) <= now`, i.e. `p < now / period`) less than `timeout` ago
/// (`now < periodEnd(p) + timeout`). `None` when there is none (or `period` is zero).
pub fn markable_periods(now: u64, period: u64, timeout: u64) -> Option<(u64, u64)> {
    let current = now.checked_div(period)?;
    let last = current.checked_sub(1)?;
    // (p + 1) * period + timeout > now  <=>  p >= floor((now - timeout) / period)
    let first = now.saturating_sub(timeout) / period;
    (first <= last).then_some((first, last))
}

/// What the chain says about one (slot, period).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Check {
    NotRequired,
    Received,
    Missing,
}

async fn check(chain: &ChainClient, slot: B256, period: u64) -> Result<Check, ChainError> {
    if !chain.is_proof_required_in(slot, period).await? {
        return Ok(Check::NotRequired);
    }
    if chain.proof_received(slot, period).await? {
        return Ok(Check::Received);
    }
    Ok(Check::Missing)
}

/// The status a failed `markProofAsMissing` leaves, by its revert.
fn status_of_failure(err: &ChainError) -> MarkStatus {
    match err.marketplace_error() {
        Some(MarketplaceError::AlreadyMarked(_)) => MarkStatus::MarkedByOther,
        Some(MarketplaceError::ProofAlreadySubmitted(_)) => MarkStatus::ProofReceived,
        Some(MarketplaceError::ProofNotRequired(_)) => MarkStatus::NotRequired,
        Some(MarketplaceError::ValidationTimedOut(_)) => MarkStatus::TimedOut,
        _ => MarkStatus::Retry,
    }
}

impl Validator {
    pub(super) async fn pass(&mut self, report: &mut StepReport) -> Result<(), ValidatorError> {
        let market = self.chain.market_config();
        let (period, timeout) = (market.period, market.timeout);
        if period == 0 {
            return Err(ValidatorError::InvalidConfig(
                "the marketplace's period is zero".to_string(),
            ));
        }
        let now = self.chain.latest_block_timestamp().await?;
        let current = now / period;
        report.period = current;

        if self.config.commit_randomness && store::slot_count(&self.db).await? > 0 {
            self.commit_randomness(current, report).await;
        }
        self.review_requests(now, timeout, report).await?;
        if let Some(window) = markable_periods(now, period, timeout) {
            self.check_proofs(window, report).await?;
        }
        report.followed_slots = store::slot_count(&self.db).await?;
        Ok(())
    }

    /// Commits the next period's seed unless someone did; at most once per period.
    async fn commit_randomness(&mut self, current: u64, report: &mut StepReport) {
        if self.randomness_checked == Some(current) {
            return;
        }
        let next = current.saturating_add(1);
        match self.chain.period_seed(next).await {
            Ok(seed) if seed.binding => {
                debug!(
                    period = next,
                    "the next period's randomness is committed already"
                );
                self.randomness_checked = Some(current);
            }
            Ok(_) => match self.chain.commit_randomness().await {
                Ok(outcome) => {
                    info!(period = next, tx = %outcome.tx_hash, "committed the next period's randomness");
                    report.committed_randomness = true;
                    self.randomness_checked = Some(current);
                }
                Err(err) => warn!(period = next, error = %err, "commitRandomness failed"),
            },
            Err(err) => warn!(period = next, error = %err, "cannot read the next period's seed"),
        }
    }

    /// Reads the end of newly followed (and failed) requests; drops requests that ended or failed
    /// more than the timeout ago, or expired without starting.
    async fn review_requests(
        &mut self,
        now: u64,
        timeout: u64,
        report: &mut StepReport,
    ) -> Result<(), ValidatorError> {
        let mut lookups = 0;
        for request in store::requests(&self.db).await? {
            let id = request.request_id;
            // Nothing can be marked from `timeout` after the end of the request's last period
            // that counts: its end, or its failure.
            let marks_end = match (request.ends_at, request.failed_at) {
                (Some(ends_at), Some(failed_at)) => Some(ends_at.min(failed_at)),
                (ends_at, failed_at) => ends_at.or(failed_at),
            };
            if let Some(end) = marks_end
                && now >= end.saturating_add(timeout)
            {
                let dropped = store::delete_request(&mut *self.db.acquire().await?, id).await?;
                info!(request_id = %id, slots = dropped, failed = request.failed_at.is_some(), "request over: its slots are no longer followed");
                report.dropped_slots += dropped;
                continue;
            }
            let expired_unstarted = !request.started && request.expires_at.is_some_and(|e| now > e);
            if (request.ends_at.is_some() && !expired_unstarted)
                || lookups >= self.config.max_request_lookups_per_pass
            {
                continue;
            }
            lookups += 1;
            let info = match self.chain.get_request_info(id).await {
                Ok(info) => info,
                Err(err) => {
                    warn!(request_id = %id, error = %err, "cannot read the request; trying again later");
                    continue;
                }
            };
            let started = info.startedAt != 0;
            let state = RequestState::try_from(info.state).ok();
            if matches!(state, Some(RequestState::Cancelled)) || (!started && now > info.expiresAt)
            {
                let dropped = store::delete_request(&mut *self.db.acquire().await?, id).await?;
                info!(request_id = %id, ?state, slots = dropped, "request cancelled: its slots are no longer followed");
                report.dropped_slots += dropped;
                continue;
            }
            let failed_at = matches!(state, Some(RequestState::Failed)).then_some(info.failedAt);
            store::set_request_info(
                &self.db,
                id,
                info.endsAt,
                info.expiresAt,
                started,
                failed_at,
            )
            .await?;
        }
        store::delete_orphan_requests(&self.db).await?;
        Ok(())
    }

    /// Checks every unsettled (slot, period) of the window and marks the missing proofs.
    async fn check_proofs(
        &mut self,
        (first, last): (u64, u64),
        report: &mut StepReport,
    ) -> Result<(), ValidatorError> {
        let expired = store::expire_retries(&self.db, first).await?;
        if expired > 0 {
            warn!(
                count = expired,
                "missing proofs left unmarked: their timeout passed while attempts failed"
            );
        }
        let slots = store::slots(&self.db).await?;
        // A failed request's slots owe only the proofs of periods that ended by the failure.
        let period = self.chain.market_config().period;
        let failed_at: HashMap<B256, u64> = store::requests(&self.db)
            .await?
            .into_iter()
            .filter_map(|r| Some((r.request_id, r.failed_at?)))
            .collect();
        let last_of = |slot: &FollowedSlot| match failed_at.get(&slot.request_id) {
            Some(&failed_at) => (failed_at / period).checked_sub(1).map(|l| l.min(last)),
            None => Some(last),
        };
        let mut marks: HashMap<(B256, u64), MarkRecord> = store::marks_from(&self.db, first)
            .await?
            .into_iter()
            .map(|m| ((m.slot_id, m.period), m))
            .collect();

        // Every unsettled (slot, period), oldest period first (the closest to its timeout).
        let mut todo = Vec::new();
        for slot in &slots {
            let Some(slot_last) = last_of(slot) else {
                continue;
            };
            let from = slot
                .checked_through
                .map_or(first, |c| c.saturating_add(1).max(first));
            for p in from..=slot_last {
                if marks
                    .get(&(slot.slot_id, p))
                    .is_some_and(|m| m.status.is_settled())
                {
                    continue;
                }
                todo.push((p, slot.slot_id));
            }
        }
        todo.sort_by_key(|&(p, _)| p);
        let limit = self.config.max_checks_per_pass;
        if todo.len() > limit {
            report.deferred += todo.len() - limit;
            todo.truncate(limit);
        }

        let concurrency = self.config.concurrency.max(1);
        let chain = &self.chain;
        let checks: Vec<_> = stream::iter(todo)
            .map(|(p, slot)| async move { (slot, p, check(chain, slot, p).await) })
            .buffer_unordered(concurrency)
            .collect()
            .await;
        report.checked += checks.len();

        let mut settled: HashSet<(B256, u64)> = HashSet::new();
        let mut missing = Vec::new();
        for (slot, p, result) in checks {
            match result {
                Ok(Check::NotRequired | Check::Received) => {
                    settled.insert((slot, p));
                }
                Ok(Check::Missing) => {
                    info!(%slot, period = p, "required proof missing");
                    missing.push((p, slot));
                }
                Err(err) => {
                    warn!(%slot, period = p, error = %err, "cannot check the proof; trying again later")
                }
            }
        }
        missing.sort_unstable();
        let limit = self.config.max_marks_per_pass;
        if missing.len() > limit {
            report.deferred += missing.len() - limit;
            missing.truncate(limit);
        }

        let results: Vec<_> = stream::iter(missing)
            .map(|(p, slot)| async move { (slot, p, chain.mark_proof_as_missing(slot, p).await) })
            .buffer_unordered(concurrency)
            .collect()
            .await;
        for (slot, p, result) in results {
            let record = match result {
                Ok(outcome) => {
                    info!(%slot, period = p, tx = %outcome.tx_hash, block = outcome.block_number, "marked the proof as missing");
                    report.marked.push((slot, p));
                    store::record_attempt(
                        &self.db,
                        slot,
                        p,
                        MarkStatus::Marked,
                        Some((outcome.tx_hash, outcome.block_number)),
                        None,
                        self.config.max_attempts,
                    )
                    .await?
                }
                Err(err) => {
                    let status = status_of_failure(&err);
                    let record = store::record_attempt(
                        &self.db,
                        slot,
                        p,
                        status,
                        None,
                        Some(err.to_string()),
                        self.config.max_attempts,
                    )
                    .await?;
                    match record.status {
                        MarkStatus::Retry => {
                            report.failed += 1;
                            warn!(%slot, period = p, attempts = record.attempts, error = %err, "markProofAsMissing failed; trying again later");
                        }
                        MarkStatus::Failed => {
                            report.failed += 1;
                            error!(%slot, period = p, attempts = record.attempts, error = %err, "markProofAsMissing failed; giving up");
                        }
                        MarkStatus::TimedOut => {
                            report.settled_elsewhere += 1;
                            warn!(%slot, period = p, "too late to mark the missing proof");
                        }
                        status => {
                            report.settled_elsewhere += 1;
                            info!(%slot, period = p, status = status.as_str(), "missing proof settled by someone else");
                        }
                    }
                    record
                }
            };
            marks.insert((slot, p), record);
        }

        // Move each slot's watermark over the periods now settled (those before the window are
        // out of reach, hence settled too).
        let is_settled = |slot: B256, p: u64| {
            settled.contains(&(slot, p))
                || marks.get(&(slot, p)).is_some_and(|m| m.status.is_settled())
        };
        for slot in &slots {
            let mut through = match (slot.checked_through, first.checked_sub(1)) {
                (Some(c), Some(before)) => Some(c.max(before)),
                (c, before) => c.or(before),
            };
            let mut p = through.map_or(0, |t| t.saturating_add(1));
            while p <= last && is_settled(slot.slot_id, p) {
                through = Some(p);
                p += 1;
            }
            if let Some(through) = through
                && slot.checked_through != Some(through)
            {
                store::set_checked_through(&self.db, slot.slot_id, through).await?;
            }
        }
        Ok(())
    }
}
