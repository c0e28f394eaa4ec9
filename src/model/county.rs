//! Sweden's 21 counties (län) and 290 municipalities (kommuner) with their official SCB
//! codes, embedded from `assets/counties.csv` and `assets/municipalities.csv` (where they
//! come from and how they were checked: `assets/municipalities.SOURCES.md`), and the
//! organisations a new structure for one county starts with.

use super::ids::OrganisationId;
use super::organisation::{Organisation, OrganisationKind};
use std::sync::LazyLock;

/// A county: its two-digit code, its name, and the names of its region and county board.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct County {
    pub code: &'static str,
    pub name: &'static str,
    pub region_name: &'static str,
    pub county_board_name: &'static str,
}

/// A municipality: its four-digit code, its short name ("Karlstad"), its county's code and
/// its official name ("Karlstads kommun").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Municipality {
    pub code: &'static str,
    pub name: &'static str,
    pub county: &'static str,
    pub official_name: &'static str,
}

const COUNTIES_CSV: &str = include_str!("../../assets/counties.csv");
const MUNICIPALITIES_CSV: &str = include_str!("../../assets/municipalities.csv");

/// The rows of a `;`-separated file after its header, each with exactly `N` fields. The
/// files are part of the program and tested, so a malformed row is left out rather than
/// failing at run time (the tests would fail first).
fn rows<const N: usize>(text: &'static str) -> impl Iterator<Item = [&'static str; N]> {
    text.lines().skip(1).filter_map(|line| {
        let fields: Vec<&'static str> = line.trim_end_matches('\r').split(';').collect();
        <[&'static str; N]>::try_from(fields).ok()
    })
}

static COUNTIES: LazyLock<Vec<County>> = LazyLock::new(|| {
    rows::<4>(COUNTIES_CSV)
        .map(|[code, name, region_name, county_board_name]| County {
            code,
            name,
            region_name,
            county_board_name,
        })
        .collect()
});

static MUNICIPALITIES: LazyLock<Vec<Municipality>> = LazyLock::new(|| {
    rows::<4>(MUNICIPALITIES_CSV)
        .map(|[code, name, county, official_name]| Municipality {
            code,
            name,
            county,
            official_name,
        })
        .collect()
});

/// The 21 counties in code order.
pub fn counties() -> &'static [County] {
    &COUNTIES
}

/// The 290 municipalities in code order.
pub fn municipalities() -> &'static [Municipality] {
    &MUNICIPALITIES
}

/// The county with this two-digit code.
pub fn county(code: &str) -> Option<&'static County> {
    counties().iter().find(|c| c.code == code)
}

/// The municipalities of a county, in code order.
pub fn municipalities_of(county: &str) -> impl Iterator<Item = &'static Municipality> + '_ {
    municipalities().iter().filter(move |m| m.county == county)
}

/// The municipality with this four-digit code.
pub fn municipality(code: &str) -> Option<&'static Municipality> {
    municipalities().iter().find(|m| m.code == code)
}

/// The code Kolada gives a county's region: "00" and the county code ("0017").
pub fn region_code(county: &County) -> String {
    format!("00{}", county.code)
}

/// The organisations a structure for `county` starts with: the region (code as Kolada
/// writes it), the county board (the county code) and every municipality (its SCB code).
/// Gotland is one municipality that is also the region: it is created once, as a region
/// with the municipality's code, and no municipality is added beside it.
pub fn organisations_of(county: &County) -> Vec<Organisation> {
    let slug = |s: &str| {
        let s: String = s
            .to_lowercase()
            .chars()
            .map(|c| match c {
                'å' | 'ä' => 'a',
                'ö' => 'o',
                'é' => 'e',
                c if c.is_ascii_alphanumeric() => c,
                _ => '-',
            })
            .collect();
        s.split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-")
    };
    let mut orgs = Vec::new();
    let own: Vec<&Municipality> = municipalities_of(county.code).collect();
    let region_is_municipality = own.len() == 1 && own[0].official_name == county.region_name;
    let mut region = Organisation::new(
        OrganisationId::new("o-region"),
        county.region_name,
        OrganisationKind::Region,
    );
    region.short_name = "Region".into();
    region.code = Some(if region_is_municipality {
        own[0].code.to_owned()
    } else {
        region_code(county)
    });
    orgs.push(region);
    let mut board = Organisation::new(
        OrganisationId::new("o-lansstyrelsen"),
        county.county_board_name,
        OrganisationKind::CountyBoard,
    );
    board.short_name = "Länsstyrelsen".into();
    board.code = Some(county.code.to_owned());
    orgs.push(board);
    if !region_is_municipality {
        for m in own {
            let mut org = Organisation::new(
                OrganisationId::new(format!("o-{}", slug(m.name))),
                m.official_name,
                OrganisationKind::Municipality,
            );
            m.name.clone_into(&mut org.short_name);
            org.code = Some(m.code.to_owned());
            orgs.push(org);
        }
    }
    orgs
}

/// A new document for `county`: titled after it, with [`organisations_of`] it.
pub fn document_for(county: &County) -> super::document::Document {
    let mut doc = super::document::Document::new(&format!("Samverkan i {}", county.name));
    county.name.clone_into(&mut doc.info.region);
    doc.organisations = organisations_of(county);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_21_counties_and_290_municipalities() {
        assert_eq!(counties().len(), 21);
        assert_eq!(municipalities().len(), 290);
        // Every data row parsed: none was dropped as malformed.
        assert_eq!(COUNTIES_CSV.lines().count() - 1, 21);
        assert_eq!(MUNICIPALITIES_CSV.lines().count() - 1, 290);
    }

    #[test]
    fn known_codes_are_right() {
        assert_eq!(municipality("1780").map(|m| m.name), Some("Karlstad"));
        assert_eq!(municipality("0180").map(|m| m.name), Some("Stockholm"));
        assert_eq!(municipality("1480").map(|m| m.name), Some("Göteborg"));
        assert_eq!(municipality("2584").map(|m| m.name), Some("Kiruna"));
        assert_eq!(
            municipality("0331").map(|m| m.county),
            Some("03"),
            "Heby is in Uppsala län since 2007"
        );
        assert_eq!(county("17").map(|c| c.name), Some("Värmlands län"));
        assert_eq!(county("17").map(region_code).as_deref(), Some("0017"));
        assert_eq!(municipalities_of("17").count(), 16);
        assert_eq!(municipalities_of("01").count(), 26);
        assert_eq!(municipalities_of("14").count(), 49);
    }

    #[test]
    fn every_municipality_lies_in_a_known_county_and_codes_are_unique() {
        let mut codes: Vec<&str> = municipalities().iter().map(|m| m.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 290);
        for m in municipalities() {
            assert!(county(m.county).is_some(), "{} has no county", m.code);
            assert!(
                m.code.starts_with(m.county),
                "{} is not in {}",
                m.code,
                m.county
            );
            assert_eq!(m.code.len(), 4);
        }
    }

    #[test]
    fn a_county_structure_has_its_region_board_and_municipalities_with_codes() {
        let varmland = county("17").unwrap_or_else(|| unreachable!());
        let orgs = organisations_of(varmland);
        assert_eq!(orgs.len(), 18);
        assert_eq!(orgs[0].name, "Region Värmland");
        assert_eq!(orgs[0].code.as_deref(), Some("0017"));
        assert_eq!(orgs[1].kind, OrganisationKind::CountyBoard);
        assert_eq!(orgs[1].code.as_deref(), Some("17"));
        let karlstad = orgs.iter().find(|o| o.code.as_deref() == Some("1780"));
        assert_eq!(karlstad.map(|o| o.name.as_str()), Some("Karlstads kommun"));
        assert_eq!(karlstad.map(|o| o.id.as_str()), Some("o-karlstad"));
        let mut ids: Vec<&str> = orgs.iter().map(|o| o.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 18, "ids are unique");
    }

    #[test]
    fn ids_are_unique_in_every_county() {
        for c in counties() {
            let orgs = organisations_of(c);
            let mut ids: Vec<&str> = orgs.iter().map(|o| o.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), orgs.len(), "{}", c.name);
        }
    }

    #[test]
    fn gotland_is_one_region_that_is_also_the_municipality() {
        let gotland = county("09").unwrap_or_else(|| unreachable!());
        let orgs = organisations_of(gotland);
        assert_eq!(orgs.len(), 2);
        assert_eq!(orgs[0].name, "Region Gotland");
        assert_eq!(orgs[0].code.as_deref(), Some("0980"));
    }
}
