//! Sales: the host side of the marketplace (DESIGN.md §6, §9).
//!
//! - [`availability`]: what the host offers (space, longest duration, lowest price, most
//!   collateral), checked and persisted in `market.sqlite` (migration 0004).
//! - [`queue`]: open slots of storage requests that some availability accepts, ranked by what
//!   they pay, bounded.
//!
//! The per-slot state machine (reserve, download the slot, initial proof, fill, prove every
//! challenged period, collect) builds on these.

pub mod availability;
pub mod queue;

pub use availability::{Availabilities, Availability, AvailabilityError, AvailabilityParams};
pub use queue::{SlotCandidate, SlotQueue};
