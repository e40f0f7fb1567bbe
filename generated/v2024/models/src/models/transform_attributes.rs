/// Meta-data about the transform. Values in this list are specific to the type of transform to be executed.
#[derive(Debug, Clone, PartialEq)]
pub enum TransformAttributes {
    AccountAttribute(crate::AccountAttribute),
    Base64Decode(crate::Base64Decode),
    Base64Encode(crate::Base64Encode),
    Concat(crate::Concat),
    Conditional(crate::Conditional),
    DateCompare(crate::DateCompare),
    DateFormat(crate::DateFormat),
    DateMath(crate::DateMath),
    DecomposeDiacriticalMarks(crate::DecomposeDiacriticalMarks),
    E164phone(crate::E164phone),
    FirstValid(crate::FirstValid),
    Rule(crate::Rule),
    IdentityAttribute(crate::IdentityAttribute),
    IndexOf(crate::IndexOf),
    Iso3166(crate::Iso3166),
    LeftPad(crate::LeftPad),
    Lookup(crate::Lookup),
    Lower(crate::Lower),
    NameNormalizer(crate::NameNormalizer),
    RandomAlphaNumeric(crate::RandomAlphaNumeric),
    RandomNumeric(crate::RandomNumeric),
    Reference(crate::Reference),
    ReplaceAll(crate::ReplaceAll),
    Replace(crate::Replace),
    RightPad(crate::RightPad),
    Split(crate::Split),
    Static(crate::Static),
    Substring(crate::Substring),
    Trim(crate::Trim),
    Upper(crate::Upper),
    Uuid(crate::Uuid),
}
impl ::serde::Serialize for TransformAttributes {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::AccountAttribute(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::Base64Decode(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Base64Encode(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Concat(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Conditional(value) => ::serde::Serialize::serialize(value, serializer),
            Self::DateCompare(value) => ::serde::Serialize::serialize(value, serializer),
            Self::DateFormat(value) => ::serde::Serialize::serialize(value, serializer),
            Self::DateMath(value) => ::serde::Serialize::serialize(value, serializer),
            Self::DecomposeDiacriticalMarks(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::E164phone(value) => ::serde::Serialize::serialize(value, serializer),
            Self::FirstValid(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Rule(value) => ::serde::Serialize::serialize(value, serializer),
            Self::IdentityAttribute(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::IndexOf(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Iso3166(value) => ::serde::Serialize::serialize(value, serializer),
            Self::LeftPad(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Lookup(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Lower(value) => ::serde::Serialize::serialize(value, serializer),
            Self::NameNormalizer(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::RandomAlphaNumeric(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::RandomNumeric(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::Reference(value) => ::serde::Serialize::serialize(value, serializer),
            Self::ReplaceAll(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Replace(value) => ::serde::Serialize::serialize(value, serializer),
            Self::RightPad(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Split(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Static(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Substring(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Trim(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Upper(value) => ::serde::Serialize::serialize(value, serializer),
            Self::Uuid(value) => ::serde::Serialize::serialize(value, serializer),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for TransformAttributes {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        let _union = crate::decode::enter_union();
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match crate::serde_helpers::try_variant::<crate::DateCompare>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::DateCompare(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::DateCompare(value),
                );
            }
            Err(error) => errors.push(("DateCompare", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Conditional>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Conditional(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::Conditional(value),
                );
            }
            Err(error) => errors.push(("Conditional", error)),
        }
        match crate::serde_helpers::try_variant::<crate::AccountAttribute>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::AccountAttribute(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::AccountAttribute(value),
                );
            }
            Err(error) => errors.push(("AccountAttribute", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Replace>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Replace(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Replace(value));
            }
            Err(error) => errors.push(("Replace", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Split>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Split(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Split(value));
            }
            Err(error) => errors.push(("Split", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Concat>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Concat(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Concat(value));
            }
            Err(error) => errors.push(("Concat", error)),
        }
        match crate::serde_helpers::try_variant::<crate::DateMath>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::DateMath(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::DateMath(value));
            }
            Err(error) => errors.push(("DateMath", error)),
        }
        match crate::serde_helpers::try_variant::<crate::FirstValid>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::FirstValid(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::FirstValid(value),
                );
            }
            Err(error) => errors.push(("FirstValid", error)),
        }
        match crate::serde_helpers::try_variant::<crate::IdentityAttribute>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::IdentityAttribute(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentityAttribute(value),
                );
            }
            Err(error) => errors.push(("IdentityAttribute", error)),
        }
        match crate::serde_helpers::try_variant::<crate::IndexOf>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::IndexOf(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::IndexOf(value));
            }
            Err(error) => errors.push(("IndexOf", error)),
        }
        match crate::serde_helpers::try_variant::<crate::LeftPad>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::LeftPad(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::LeftPad(value));
            }
            Err(error) => errors.push(("LeftPad", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Lookup>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Lookup(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Lookup(value));
            }
            Err(error) => errors.push(("Lookup", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Reference>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Reference(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::Reference(value),
                );
            }
            Err(error) => errors.push(("Reference", error)),
        }
        match crate::serde_helpers::try_variant::<crate::ReplaceAll>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::ReplaceAll(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::ReplaceAll(value),
                );
            }
            Err(error) => errors.push(("ReplaceAll", error)),
        }
        match crate::serde_helpers::try_variant::<crate::RightPad>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::RightPad(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::RightPad(value));
            }
            Err(error) => errors.push(("RightPad", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Static>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Static(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Static(value));
            }
            Err(error) => errors.push(("Static", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Substring>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Substring(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::Substring(value),
                );
            }
            Err(error) => errors.push(("Substring", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Base64Decode>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Base64Decode(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::Base64Decode(value),
                );
            }
            Err(error) => errors.push(("Base64Decode", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Base64Encode>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Base64Encode(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::Base64Encode(value),
                );
            }
            Err(error) => errors.push(("Base64Encode", error)),
        }
        match crate::serde_helpers::try_variant::<crate::DateFormat>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::DateFormat(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::DateFormat(value),
                );
            }
            Err(error) => errors.push(("DateFormat", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::DecomposeDiacriticalMarks,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::DecomposeDiacriticalMarks(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::DecomposeDiacriticalMarks(value),
                );
            }
            Err(error) => errors.push(("DecomposeDiacriticalMarks", error)),
        }
        match crate::serde_helpers::try_variant::<crate::E164phone>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::E164phone(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::E164phone(value),
                );
            }
            Err(error) => errors.push(("E164phone", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Iso3166>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Iso3166(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Iso3166(value));
            }
            Err(error) => errors.push(("Iso3166", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Lower>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Lower(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Lower(value));
            }
            Err(error) => errors.push(("Lower", error)),
        }
        match crate::serde_helpers::try_variant::<crate::NameNormalizer>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::NameNormalizer(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::NameNormalizer(value),
                );
            }
            Err(error) => errors.push(("NameNormalizer", error)),
        }
        match crate::serde_helpers::try_variant::<crate::RandomAlphaNumeric>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::RandomAlphaNumeric(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::RandomAlphaNumeric(value),
                );
            }
            Err(error) => errors.push(("RandomAlphaNumeric", error)),
        }
        match crate::serde_helpers::try_variant::<crate::RandomNumeric>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::RandomNumeric(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::RandomNumeric(value),
                );
            }
            Err(error) => errors.push(("RandomNumeric", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Trim>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Trim(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Trim(value));
            }
            Err(error) => errors.push(("Trim", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Upper>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Upper(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Upper(value));
            }
            Err(error) => errors.push(("Upper", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Uuid>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Uuid(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Uuid(value));
            }
            Err(error) => errors.push(("Uuid", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Rule>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Rule(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Rule(value));
            }
            Err(error) => errors.push(("Rule", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::DateCompare as ::serde::Deserialize>::deserialize(json)
                    .map(Self::DateCompare)
            }
            1usize => {
                <crate::Conditional as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Conditional)
            }
            2usize => {
                <crate::AccountAttribute as ::serde::Deserialize>::deserialize(json)
                    .map(Self::AccountAttribute)
            }
            3usize => {
                <crate::Replace as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Replace)
            }
            4usize => {
                <crate::Split as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Split)
            }
            5usize => {
                <crate::Concat as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Concat)
            }
            6usize => {
                <crate::DateMath as ::serde::Deserialize>::deserialize(json)
                    .map(Self::DateMath)
            }
            7usize => {
                <crate::FirstValid as ::serde::Deserialize>::deserialize(json)
                    .map(Self::FirstValid)
            }
            8usize => {
                <crate::IdentityAttribute as ::serde::Deserialize>::deserialize(json)
                    .map(Self::IdentityAttribute)
            }
            9usize => {
                <crate::IndexOf as ::serde::Deserialize>::deserialize(json)
                    .map(Self::IndexOf)
            }
            10usize => {
                <crate::LeftPad as ::serde::Deserialize>::deserialize(json)
                    .map(Self::LeftPad)
            }
            11usize => {
                <crate::Lookup as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Lookup)
            }
            12usize => {
                <crate::Reference as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Reference)
            }
            13usize => {
                <crate::ReplaceAll as ::serde::Deserialize>::deserialize(json)
                    .map(Self::ReplaceAll)
            }
            14usize => {
                <crate::RightPad as ::serde::Deserialize>::deserialize(json)
                    .map(Self::RightPad)
            }
            15usize => {
                <crate::Static as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Static)
            }
            16usize => {
                <crate::Substring as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Substring)
            }
            17usize => {
                <crate::Base64Decode as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Base64Decode)
            }
            18usize => {
                <crate::Base64Encode as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Base64Encode)
            }
            19usize => {
                <crate::DateFormat as ::serde::Deserialize>::deserialize(json)
                    .map(Self::DateFormat)
            }
            20usize => {
                <crate::DecomposeDiacriticalMarks as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::DecomposeDiacriticalMarks)
            }
            21usize => {
                <crate::E164phone as ::serde::Deserialize>::deserialize(json)
                    .map(Self::E164phone)
            }
            22usize => {
                <crate::Iso3166 as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Iso3166)
            }
            23usize => {
                <crate::Lower as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Lower)
            }
            24usize => {
                <crate::NameNormalizer as ::serde::Deserialize>::deserialize(json)
                    .map(Self::NameNormalizer)
            }
            25usize => {
                <crate::RandomAlphaNumeric as ::serde::Deserialize>::deserialize(json)
                    .map(Self::RandomAlphaNumeric)
            }
            26usize => {
                <crate::RandomNumeric as ::serde::Deserialize>::deserialize(json)
                    .map(Self::RandomNumeric)
            }
            27usize => {
                <crate::Trim as ::serde::Deserialize>::deserialize(json).map(Self::Trim)
            }
            28usize => {
                <crate::Upper as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Upper)
            }
            29usize => {
                <crate::Uuid as ::serde::Deserialize>::deserialize(json).map(Self::Uuid)
            }
            30usize => {
                <crate::Rule as ::serde::Deserialize>::deserialize(json).map(Self::Rule)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 31usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("TransformAttributes", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for TransformAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::AccountAttribute(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::Base64Decode(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::Base64Encode(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::Concat(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::Conditional(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::DateCompare(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::DateFormat(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::DateMath(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::DecomposeDiacriticalMarks(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::E164phone(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::FirstValid(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::Rule(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::IdentityAttribute(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::IndexOf(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::Iso3166(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::LeftPad(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::Lookup(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::Lower(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::NameNormalizer(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::RandomAlphaNumeric(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::RandomNumeric(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::Reference(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::ReplaceAll(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::Replace(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::RightPad(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::Split(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::Static(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::Substring(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::Trim(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::Upper(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::Uuid(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
        }
    }
}
