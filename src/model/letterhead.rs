//! How notices and minutes are headed, as Swedish public bodies write them: the unit that
//! keeps the papers (tjänsteställe), the organisation's address block at the foot of the
//! first page, and whether guests stand inside "Närvarande". Set once on the document, and
//! where a body differs, on the body.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Letterhead {
    /// Tjänsteställe: the unit that keeps the body's papers ("Välfärd och folkhälsa").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// The address block at the foot of the first page, a line each (postal address,
    /// e-mail, organisation number).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
    /// Guests are listed inside "Närvarande" with the items they came for ("punkt 2"), as
    /// seed 004 does, rather than under a heading of their own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub guests_with_present: bool,
}

impl Letterhead {
    pub fn is_empty(&self) -> bool {
        self == &Letterhead::default()
    }

    /// This letterhead where it says something, the document's where it does not.
    #[must_use]
    pub fn or(&self, fallback: &Letterhead) -> Letterhead {
        let pick = |a: &str, b: &str| if a.trim().is_empty() { b } else { a }.to_owned();
        Letterhead {
            unit: pick(&self.unit, &fallback.unit),
            address: pick(&self.address, &fallback.address),
            guests_with_present: self.guests_with_present || fallback.guests_with_present,
        }
    }

    /// The address block's lines, without blank ones.
    pub fn address_lines(&self) -> Vec<String> {
        self.address
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_says_what_differs_and_the_document_the_rest() {
        let document = Letterhead {
            unit: "Regional utveckling".into(),
            address: "Region Örebro län\nBox 1613, 701 16 Örebro\n\n".into(),
            guests_with_present: false,
        };
        let body = Letterhead {
            unit: "Välfärd och folkhälsa".into(),
            guests_with_present: true,
            ..Letterhead::default()
        };
        let both = body.or(&document);
        assert_eq!(both.unit, "Välfärd och folkhälsa");
        assert_eq!(
            both.address_lines(),
            ["Region Örebro län", "Box 1613, 701 16 Örebro"]
        );
        assert!(both.guests_with_present);
        assert_eq!(Letterhead::default().or(&document), document);
    }
}
