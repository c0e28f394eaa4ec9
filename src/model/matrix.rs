//! The representation matrix: organisations down, bodies across, each cell the roles that
//! organisation holds in that body, with totals, so gaps and imbalances show at a glance.

use super::document::Document;
use super::ids::{BodyId, OrganisationId};
use super::membership::Role;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Matrix {
    pub organisations: Vec<OrganisationId>,
    pub bodies: Vec<BodyId>,
    /// `cells[org][body]`: the roles of the seats, in seat order.
    pub cells: Vec<Vec<Vec<Role>>>,
    /// Seats per organisation (row) and per body (column).
    pub row_totals: Vec<usize>,
    pub column_totals: Vec<usize>,
}

/// Which organisation a seat counts for: the one it represents, else its holder's employer.
fn seat_organisation<'a>(
    doc: &'a Document,
    seat: &'a super::membership::Membership,
) -> Option<&'a OrganisationId> {
    seat.represents.as_ref().or_else(|| {
        seat.person
            .as_ref()
            .and_then(|p| doc.person(p))
            .and_then(|p| p.organisation.as_ref())
    })
}

/// The matrix of the whole document, in document order. Vacant seats count for the
/// organisation they are reserved for.
pub fn representation(doc: &Document) -> Matrix {
    let organisations: Vec<OrganisationId> =
        doc.organisations.iter().map(|o| o.id.clone()).collect();
    let bodies: Vec<BodyId> = doc.bodies.iter().map(|b| b.id.clone()).collect();
    let row_of: std::collections::HashMap<&OrganisationId, usize> = organisations
        .iter()
        .enumerate()
        .map(|(i, o)| (o, i))
        .collect();
    let mut cells = vec![vec![Vec::new(); bodies.len()]; organisations.len()];
    for (column, body) in doc.bodies.iter().enumerate() {
        for seat in &body.memberships {
            if let Some(&row) = seat_organisation(doc, seat).and_then(|o| row_of.get(o)) {
                cells[row][column].push(seat.role);
            }
        }
    }
    let row_totals = cells.iter().map(|r| r.iter().map(Vec::len).sum()).collect();
    let column_totals = (0..bodies.len())
        .map(|c| cells.iter().map(|r| r[c].len()).sum())
        .collect();
    Matrix {
        organisations,
        bodies,
        cells,
        row_totals,
        column_totals,
    }
}
