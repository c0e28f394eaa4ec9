//! How a person may be written in free text: their name as registered, with the party, the
//! short form minutes use ("Yvonne L", "Anna F."), their e-mail address and phone number, and
//! — only where no one else in the document shares it — their first name alone. Used to find
//! a person in text (the register extract) and to erase them from it.

use super::{Document, Person};

/// The words that stand for one person in text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NamePatterns {
    /// Full forms: the name, the name with party, the short forms, e-mail, phone. Longest
    /// first, so a replacement takes the whole of "Anna Berg (S)" before "Anna Berg".
    pub full: Vec<String>,
    /// The first name alone, when it is the person's only in the document. A weaker sign:
    /// the extract lists these as possible mentions.
    pub first_name: Option<String>,
    /// The first letters of every pattern, in lower case: where no text position starts
    /// with one of them, no pattern is tried (most of a large document is passed over so).
    firsts: Vec<char>,
}

/// One place a pattern matched: byte range in the text and whether it was the first name
/// alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub first_name_only: bool,
}

impl NamePatterns {
    /// The patterns for `person`, knowing the rest of the document's people (for whether the
    /// first name alone points at them).
    pub fn of(doc: &Document, person: &Person) -> Self {
        let name = person.name.trim();
        let mut full: Vec<String> = Vec::new();
        let mut push = |s: String| {
            let s = s.trim().to_owned();
            if s.chars().count() >= 3 && !full.iter().any(|x| x.eq_ignore_ascii_case(&s)) {
                full.push(s);
            }
        };
        push(person.display_name());
        push(name.to_owned());
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() >= 2 {
            let first = words[0];
            let initials: Vec<String> = words[1..]
                .iter()
                .filter_map(|w| w.chars().next())
                .map(|c| c.to_string())
                .collect();
            // "Yvonne L" and "Yvonne L." (the last name's initial), as minutes abbreviate.
            if let Some(last) = initials.last() {
                push(format!("{first} {last}.")); // not UI: a pattern to search for
                push(format!("{first} {last}")); // not UI: a pattern to search for
            }
            // First and last name without middle names ("Anna Berg" for "Anna Maria Berg"),
            // and the given names together ("Anna Maria"), as colleagues write them.
            if words.len() > 2 {
                push(format!("{first} {}", words[words.len() - 1]));
                push(words[..words.len() - 1].join(" "));
            }
        }
        for contact in [&person.email, &person.phone].into_iter().flatten() {
            push(contact.clone());
        }
        full.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
        let first_name = words
            .first()
            .filter(|_| words.len() >= 2)
            .and_then(|first| {
                let shared = doc.people.iter().any(|p| {
                    p.id != person.id
                        && p.name
                            .split_whitespace()
                            .next()
                            .is_some_and(|f| f.eq_ignore_ascii_case(first))
                });
                (!shared && first.chars().count() >= 3).then(|| (*first).to_owned())
            });
        let mut firsts: Vec<char> = full
            .iter()
            .chain(&first_name)
            .filter_map(|p| p.chars().next())
            .map(lower)
            .collect();
        firsts.sort_unstable();
        firsts.dedup();
        Self {
            full,
            first_name,
            firsts,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.full.is_empty() && self.first_name.is_none()
    }

    /// Every place in `text` where the person is written, left to right, not overlapping.
    /// Full forms match whole words in any case; the first name alone matches a whole word
    /// with its capital letter (so "per år" is not "Per").
    pub fn find(&self, text: &str) -> Vec<Match> {
        let mut out: Vec<Match> = Vec::new();
        let mut free_from = 0;
        let mut before: Option<char> = None;
        for (i, c) in text.char_indices() {
            let previous = before.replace(c);
            if i < free_from
                || previous.is_some_and(char::is_alphanumeric)
                || !self.firsts.contains(&lower(c))
            {
                continue;
            }
            let rest = &text[i..];
            // The longest form that is a whole word here, else the first name alone.
            let hit = self
                .full
                .iter()
                .filter_map(|p| prefix_len_ignore_case(rest, p).map(|n| (n, false)))
                .chain(
                    self.first_name
                        .as_ref()
                        .filter(|f| rest.starts_with(f.as_str()))
                        .map(|f| (f.len(), true)),
                )
                .find(|(n, _)| ends_word(text, i + n));
            if let Some((n, first_name_only)) = hit {
                out.push(Match {
                    start: i,
                    end: i + n,
                    first_name_only,
                });
                free_from = i + n;
            }
        }
        out
    }

    /// `text` with every place the person is written replaced by `placeholder`; the first
    /// name alone only when `first_name_too`. Returns the new text and how many were
    /// replaced.
    pub fn replace(&self, text: &str, placeholder: &str, first_name_too: bool) -> (String, usize) {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        let mut n = 0;
        for m in self.find(text) {
            if m.first_name_only && !first_name_too {
                continue;
            }
            out.push_str(&text[last..m.start]);
            out.push_str(placeholder);
            last = m.end;
            n += 1;
        }
        out.push_str(&text[last..]);
        (out, n)
    }
}

/// Whether a word ends at byte `i`: the character after it is not a letter or digit. A
/// pattern that ends in a non-word character ("Anna B.", "(S)") ends a word by itself.
fn ends_word(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    if before.is_some_and(|c| !c.is_alphanumeric()) {
        return true;
    }
    text[i..]
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// If `text` starts with `pattern` in any case, the length in bytes of that start of `text`.
fn prefix_len_ignore_case(text: &str, pattern: &str) -> Option<usize> {
    let mut t = text.char_indices();
    for p in pattern.chars() {
        let (_, c) = t.next()?;
        if !same_letter(c, p) {
            return None;
        }
    }
    Some(t.next().map_or(text.len(), |(i, _)| i))
}

fn same_letter(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

/// A letter in lower case (the first of its lower-case form, for the few that have more).
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PersonId, PersonKind};

    fn person(id: &str, name: &str) -> Person {
        Person {
            id: PersonId::new(id),
            name: name.to_owned(),
            kind: PersonKind::Elected,
            party: Some("S".to_owned()),
            title: String::new(),
            organisation: None,
            email: Some("anna.berg@example.se".to_owned()),
            phone: Some("054-70 10 00".to_owned()),
            notes: String::new(),
        }
    }

    fn doc_with(people: Vec<Person>) -> Document {
        let mut doc = Document::new("t");
        doc.people = people;
        doc
    }

    #[test]
    fn full_name_party_short_form_and_contacts_are_found_as_whole_words() {
        let anna = person("p-1", "Anna Berg");
        let doc = doc_with(vec![anna.clone()]);
        let p = NamePatterns::of(&doc, &anna);
        let text = "Anna Berg (S) hälsade. anna berg igen; Anna B. sa; mejla anna.berg@example.se \
                    eller 054-70 10 00. Annaberg och Anna Bergström är andra.";
        let found: Vec<&str> = p.find(text).iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(
            found,
            [
                "Anna Berg (S)",
                "anna berg",
                "Anna B.",
                "anna.berg@example.se",
                "054-70 10 00",
                "Anna"
            ]
        );
        // The last is the first name alone (no one else in the document is called Anna).
        let alone: Vec<bool> = p.find(text).iter().map(|m| m.first_name_only).collect();
        assert_eq!(alone, [false, false, false, false, false, true]);
    }

    #[test]
    fn a_shared_first_name_is_not_a_pattern() {
        let anna = person("p-1", "Anna Berg");
        let other = person("p-2", "Anna Falk");
        let doc = doc_with(vec![anna.clone(), other]);
        let p = NamePatterns::of(&doc, &anna);
        assert_eq!(p.first_name, None);
        assert!(p.find("Anna Falk presenterade").is_empty());
    }

    #[test]
    fn the_first_name_alone_needs_its_capital() {
        let per = person("p-1", "Per Holm");
        let doc = doc_with(vec![per.clone()]);
        let p = NamePatterns::of(&doc, &per);
        assert_eq!(p.find("två möten per år").len(), 0);
        assert_eq!(p.find("Per påpekade").len(), 1);
    }

    #[test]
    fn replace_takes_the_longest_form_and_counts() {
        let anna = person("p-1", "Anna Berg");
        let doc = doc_with(vec![anna.clone()]);
        let p = NamePatterns::of(&doc, &anna);
        let (text, n) = p.replace("Anna Berg (S) och Anna B, sedan Anna.", "[X]", false);
        assert_eq!(text, "[X] och [X], sedan Anna.");
        assert_eq!(n, 2);
        let (text, n) = p.replace("Anna Berg (S) och Anna B, sedan Anna.", "[X]", true);
        assert_eq!(text, "[X] och [X], sedan [X].");
        assert_eq!(n, 3);
    }

    #[test]
    fn two_given_names_are_a_pattern_of_their_own() {
        let ab = person("p-1", "Anna Beata Brunzell");
        let doc = doc_with(vec![ab.clone(), person("p-2", "Anna Frödin")]);
        let p = NamePatterns::of(&doc, &ab);
        let text = "Anna Beata och Anna Brunzell redovisade; Anna F presenterade.";
        let found: Vec<&str> = p.find(text).iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(found, ["Anna Beata", "Anna Brunzell"]);
    }

    #[test]
    fn swedish_letters_match_in_any_case() {
        let o = person("p-1", "Örjan Åkesson");
        let doc = doc_with(vec![o.clone()]);
        let p = NamePatterns::of(&doc, &o);
        let text = "ÖRJAN ÅKESSON och örjan åkesson";
        assert_eq!(p.find(text).len(), 2);
        let (out, _) = p.replace(text, "[X]", false);
        assert_eq!(out, "[X] och [X]");
    }
}
