//! Example indicator values for the sample, so that every view of the follow-up has
//! something to show. They are invented, deterministically, and say so: every indicator
//! that gets them has [`EXAMPLE_SOURCE`] as its source, and the app and the report show
//! that source. Real values come in through the Kolada import.

use super::Rng;
use crate::model::{Direction, Document, Gender, IndicatorValue, Missing, OrganisationKind};

/// The source of every example value, shown wherever the values are.
pub const EXAMPLE_SOURCE: &str = "Exempelvärden – inte verklig statistik";

/// The years the sample's example values cover.
pub const EXAMPLE_YEARS: std::ops::RangeInclusive<i32> = 2017..=2025;

/// A stable seed from a text, so that each indicator and organisation gets its own series
/// whatever the order of the document.
fn seed(parts: &[&str]) -> u64 {
    parts.iter().fold(0xcbf2_9ce4_8422_2325, |h, p| {
        p.bytes()
            .chain(std::iter::once(0))
            .fold(h, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
    })
}

/// A number in `0.0..1.0`.
fn unit(rng: &mut Rng) -> f64 {
    (rng.next() >> 11) as f64 / (1u64 << 53) as f64
}

/// A level and spread that fits the goal's unit, so that the charts look like the kind of
/// number the indicator is (a share, a rate per 100 000, years).
fn level(unit_text: &str, indicator: &str) -> (f64, f64, f64, f64) {
    let unit_text = unit_text.to_lowercase();
    if unit_text.contains("100 000") {
        (4500.0, 500.0, 0.0, f64::MAX)
    } else if unit_text.contains("procent") {
        (55.0, 9.0, 0.0, 100.0)
    } else if indicator.to_lowercase().contains("livslängd") {
        (82.0, 1.5, 0.0, 120.0)
    } else {
        (20.0, 8.0, 0.0, f64::MAX)
    }
}

/// Give every indicator of every goal example values for [`EXAMPLE_YEARS`]: one per
/// municipality and year, and the county's (the mean of the municipalities); a few are
/// missing as "not reported"; goals about women and men get values for both. Replaces what
/// those indicators had and marks each with [`EXAMPLE_SOURCE`].
pub fn add_example_values(doc: &mut Document) {
    let municipalities: Vec<_> = doc
        .organisations
        .iter()
        .filter(|o| o.kind == OrganisationKind::Municipality)
        .map(|o| o.id.clone())
        .collect();
    for goal in &mut doc.goals {
        let both = goal.text.contains("kvinnor") && goal.text.contains("män");
        let genders: &[Gender] = if both {
            &[Gender::Total, Gender::Women, Gender::Men]
        } else {
            &[Gender::Total]
        };
        let right_way = match goal.direction {
            Direction::Increase => 1.0,
            Direction::Decrease => -1.0,
        };
        let target = goal.target_change.unwrap_or(2.0);
        let span = f64::from(EXAMPLE_YEARS.end() - EXAMPLE_YEARS.start());
        for indicator in &mut goal.indicators {
            let (mid, spread, low, high) = level(&goal.unit, &indicator.name);
            EXAMPLE_SOURCE.clone_into(&mut indicator.source);
            indicator.values.clear();
            for &gender in genders {
                let gender_shift = match gender {
                    Gender::Total => 0.0,
                    Gender::Women => spread * 0.1,
                    Gender::Men => -spread * 0.1,
                };
                let mut sums = vec![(0.0, 0usize); EXAMPLE_YEARS.count()];
                for o in &municipalities {
                    let mut rng = Rng(seed(&[
                        indicator.id.as_str(),
                        o.as_str(),
                        &format!("{gender:?}"),
                    ]));
                    let start = mid + gender_shift + (unit(&mut rng) - 0.5) * 2.0 * spread;
                    // Over the whole period: from the target the wrong way to two and a half
                    // times the target the right way, so that every status occurs.
                    let total = right_way * target * (unit(&mut rng) * 3.5 - 1.0);
                    for (k, year) in EXAMPLE_YEARS.enumerate() {
                        let noise = (unit(&mut rng) - 0.5) * target * 0.3;
                        let raw =
                            start + total * f64::from(year - EXAMPLE_YEARS.start()) / span + noise;
                        let amount = (raw.clamp(low, high) * 10.0).round() / 10.0;
                        let late = year == *EXAMPLE_YEARS.end() && rng.below(8) == 0;
                        if late || rng.below(80) == 0 {
                            indicator.values.push(IndicatorValue::missing(
                                year,
                                Some(o.clone()),
                                gender,
                                Missing::NotReported,
                            ));
                        } else {
                            indicator.values.push(IndicatorValue::number(
                                year,
                                Some(o.clone()),
                                gender,
                                amount,
                            ));
                            sums[k].0 += amount;
                            sums[k].1 += 1;
                        }
                    }
                }
                for (year, (sum, n)) in EXAMPLE_YEARS.zip(sums) {
                    if n > 0 {
                        let mean = (sum / n as f64 * 10.0).round() / 10.0;
                        indicator
                            .values
                            .push(IndicatorValue::number(year, None, gender, mean));
                    }
                }
            }
        }
    }
}
