//! Every colour Samverkan uses, in one place: the drawings' (org chart, wheel, timeline) and
//! the app's own (errors, warnings, banners). Neutral RGBA, so the model-side drawings and
//! the exporters use them without egui; `theme` turns the app's into egui colours.

use crate::diagram::scene::Rgba;

// The paper, text and secondary text every drawing shares.
pub const PAPER: Rgba = Rgba::rgb(0xfb, 0xfb, 0xf8);
pub const INK: Rgba = Rgba::rgb(0x22, 0x22, 0x22);
pub const MUTED: Rgba = Rgba::rgb(0x66, 0x66, 0x66);
pub const WHITE: Rgba = Rgba::rgb(0xff, 0xff, 0xff);
/// A white veil over what is dimmed.
pub const VEIL: Rgba = Rgba(0xff, 0xff, 0xff, 120);

/// Colours for series (rings of the wheel, lanes of the timeline), taken in turn; the first
/// three are the levels' colours.
pub const SERIES: [Rgba; 6] = [POLITICAL, OFFICIALS, MIXED, PLUM, TEAL, UMBER];
pub const POLITICAL: Rgba = Rgba::rgb(0x35, 0x6d, 0xb5);
pub const OFFICIALS: Rgba = Rgba::rgb(0x2f, 0x8f, 0x5f);
pub const MIXED: Rgba = Rgba::rgb(0x86, 0x58, 0xbe);
const PLUM: Rgba = Rgba::rgb(0xb0, 0x3a, 0x6b);
pub const TEAL: Rgba = Rgba::rgb(0x1f, 0x84, 0x94);
const UMBER: Rgba = Rgba::rgb(0x7a, 0x5c, 0x2e);

/// What is wrong (a broken rule, a clash) and what is now (today's line, a highlight).
pub const ALERT: Rgba = Rgba::rgb(0xc6, 0x32, 0x32);
pub const ACCENT: Rgba = Rgba::rgb(0xe0, 0x8a, 0x00);
/// The selected box.
pub const SELECTION: Rgba = Rgba::rgb(0x12, 0x6b, 0xd6);
/// Lines and boxes pushed back.
/// A matter's line across the timeline's lanes.
pub const MATTER_LINE: Rgba = Rgba::rgb(0x12, 0x6b, 0xd6);
pub const FADED: Rgba = Rgba::rgb(0xaa, 0xaa, 0xaa);
pub const LEGEND_BOX: Rgba = Rgba::rgb(0xee, 0xee, 0xee);
/// The org chart's lines by kind of link.
pub const LINE_STEERS: Rgba = Rgba::rgb(0x44, 0x44, 0x44);
pub const LINE_ADVISES: Rgba = Rgba::rgb(0x77, 0x77, 0x77);
pub const LINE_HOME: Rgba = Rgba::rgb(0x99, 0x99, 0x99);

// The wheel: alternating month and week sectors, its grid, and meetings.
pub const MONTH_A: Rgba = Rgba::rgb(0xee, 0xf2, 0xf7);
pub const MONTH_B: Rgba = Rgba::rgb(0xf8, 0xf9, 0xfb);
pub const WEEK_A: Rgba = Rgba::rgb(0xe4, 0xe8, 0xee);
pub const WEEK_B: Rgba = Rgba::rgb(0xf0, 0xf2, 0xf5);
pub const GRID: Rgba = Rgba::rgb(0xb8, 0xbe, 0xc8);
pub const FAINT: Rgba = Rgba::rgb(0xc8, 0xcd, 0xd5);
pub const MEETING: Rgba = Rgba::rgb(0x33, 0x33, 0x33);

// The timeline: shaded days, its header and lanes, grid lines, deadlines.
pub const WEEKEND: Rgba = Rgba(0x5a, 0x6a, 0x80, 0x1e);
pub const HOLIDAY: Rgba = Rgba(0xd0, 0x3c, 0x3c, 0x2a);
pub const HEADER_BG: Rgba = Rgba::rgb(0xf1, 0xf2, 0xf4);
pub const LANE_ALT: Rgba = Rgba::rgb(0xf4, 0xf5, 0xf7);
pub const GRID_MINOR: Rgba = Rgba::rgb(0xe0, 0xe3, 0xe8);
pub const GRID_MAJOR: Rgba = Rgba::rgb(0xb4, 0xba, 0xc4);
pub const ASSIGNMENT: Rgba = Rgba::rgb(0xd9, 0x7a, 0x00);
pub const AGREEMENT: Rgba = TEAL;
pub const DONE: Rgba = Rgba::rgb(0x9a, 0x9a, 0x9a);

// The app's own: messages and banners.
pub const ERROR: Rgba = Rgba::rgb(0xd0, 0x3a, 0x3a);
pub const WARNING: Rgba = Rgba::rgb(0xd8, 0x9a, 0x1c);
pub const OK: Rgba = Rgba::rgb(0x3a, 0x9a, 0x52);
pub const READ_ONLY_BG: Rgba = Rgba::rgb(0x8a, 0x5a, 0x00);
pub const MIGRATED_BG: Rgba = Rgba::rgb(0x2a, 0x5a, 0x8a);
pub const BANNER_TEXT: Rgba = WHITE;

// The follow-up: progress against a goal (model::progress::Status), from a green–purple
// scale that stays apart for red–green colour blindness; every cell also says its change
// in figures, so colour is never the only sign.
pub const STATUS_REACHED: Rgba = Rgba::rgb(0x1b, 0x78, 0x37);
pub const STATUS_PARTLY: Rgba = Rgba::rgb(0xa6, 0xdb, 0xa0);
pub const STATUS_UNCHANGED: Rgba = Rgba::rgb(0xf2, 0xe8, 0xc4);
pub const STATUS_WRONG_WAY: Rgba = Rgba::rgb(0x8e, 0x5a, 0xa8);
pub const STATUS_MISSING: Rgba = Rgba::rgb(0xe4, 0xe4, 0xe4);
/// Text on the dark status colour.
pub const STATUS_TEXT_ON_DARK: Rgba = WHITE;
/// The county's line and bar in the follow-up's charts.
pub const COUNTY: Rgba = Rgba::rgb(0x80, 0x80, 0x80);
/// An organisation's line in the small charts.
pub const SERIES_LINE: Rgba = POLITICAL;
/// The band that says the values are examples.
pub const EXAMPLE_BG: Rgba = Rgba::rgb(0xfd, 0xf0, 0xc8);
