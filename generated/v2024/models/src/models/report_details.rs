/// Details about report to be processed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportDetails {
    /// Use this property to define what report should be processed in the RDE service.
    pub report_type: Option<crate::ReportDetailsReportType>,
    /// The string-object map(dictionary) with the arguments needed for report processing.
    pub arguments: Option<crate::ReportDetailsArguments>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReportDetails {
    /// Builds a `ReportDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReportDetails {
    report_type: optional::<crate::ReportDetailsReportType>(report_type),
    arguments: optional::<crate::ReportDetailsArguments>(arguments),
});
crate::serde_helpers::serde_struct!(ReportDetails {
    report_type: optional("reportType"),
    arguments: optional("arguments"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReportDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.report_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.arguments, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The string-object map(dictionary) with the arguments needed for report processing.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportDetailsArguments {
    /// Arguments for Account Export report (ACCOUNTS)
    Accounts(crate::Accounts),
    /// Arguments for Identities Details report (IDENTITIES_DETAILS)
    IdentitiesDetails(crate::IdentitiesDetails),
    /// Arguments for Identities report (IDENTITIES)
    Identities(crate::Identities),
    /// Arguments for Identity Profile Identity Error report (IDENTITY_PROFILE_IDENTITY_ERROR)
    IdentityProfileIdentityError(crate::IdentityProfileIdentityError),
    /// Arguments for Orphan Identities report (ORPHAN_IDENTITIES)
    OrphanIdentities(crate::OrphanIdentities),
    /// Arguments for Search Export report (SEARCH_EXPORT)
    SearchExport(crate::SearchExport),
    /// Arguments for Uncorrelated Accounts report (UNCORRELATED_ACCOUNTS)
    UncorrelatedAccounts(crate::UncorrelatedAccounts),
}
impl ::serde::Serialize for ReportDetailsArguments {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        match self {
            Self::Accounts(value) => ::serde::Serialize::serialize(value, serializer),
            Self::IdentitiesDetails(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::Identities(value) => ::serde::Serialize::serialize(value, serializer),
            Self::IdentityProfileIdentityError(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::OrphanIdentities(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
            Self::SearchExport(value) => ::serde::Serialize::serialize(value, serializer),
            Self::UncorrelatedAccounts(value) => {
                ::serde::Serialize::serialize(value, serializer)
            }
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for ReportDetailsArguments {
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
        match crate::serde_helpers::try_variant::<crate::Accounts>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Accounts(value));
                }
                crate::serde_helpers::keep_better(&mut best, fit, Self::Accounts(value));
            }
            Err(error) => errors.push(("Accounts", error)),
        }
        match crate::serde_helpers::try_variant::<crate::IdentitiesDetails>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::IdentitiesDetails(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentitiesDetails(value),
                );
            }
            Err(error) => errors.push(("IdentitiesDetails", error)),
        }
        match crate::serde_helpers::try_variant::<
            crate::IdentityProfileIdentityError,
        >(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::IdentityProfileIdentityError(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::IdentityProfileIdentityError(value),
                );
            }
            Err(error) => errors.push(("IdentityProfileIdentityError", error)),
        }
        match crate::serde_helpers::try_variant::<crate::SearchExport>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::SearchExport(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::SearchExport(value),
                );
            }
            Err(error) => errors.push(("SearchExport", error)),
        }
        match crate::serde_helpers::try_variant::<crate::Identities>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::Identities(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::Identities(value),
                );
            }
            Err(error) => errors.push(("Identities", error)),
        }
        match crate::serde_helpers::try_variant::<crate::OrphanIdentities>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::OrphanIdentities(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::OrphanIdentities(value),
                );
            }
            Err(error) => errors.push(("OrphanIdentities", error)),
        }
        match crate::serde_helpers::try_variant::<crate::UncorrelatedAccounts>(&json) {
            Ok(value) => {
                let mut fit = crate::serde_helpers::Fit::default();
                crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);
                if fit.is_exact() {
                    return Ok(Self::UncorrelatedAccounts(value));
                }
                crate::serde_helpers::keep_better(
                    &mut best,
                    fit,
                    Self::UncorrelatedAccounts(value),
                );
            }
            Err(error) => errors.push(("UncorrelatedAccounts", error)),
        }
        if let Some((_, value)) = best {
            return Ok(value);
        }
        let member = |i: usize, json: &::serde_json::Value| match i {
            0usize => {
                <crate::Accounts as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Accounts)
            }
            1usize => {
                <crate::IdentitiesDetails as ::serde::Deserialize>::deserialize(json)
                    .map(Self::IdentitiesDetails)
            }
            2usize => {
                <crate::IdentityProfileIdentityError as ::serde::Deserialize>::deserialize(
                        json,
                    )
                    .map(Self::IdentityProfileIdentityError)
            }
            3usize => {
                <crate::SearchExport as ::serde::Deserialize>::deserialize(json)
                    .map(Self::SearchExport)
            }
            4usize => {
                <crate::Identities as ::serde::Deserialize>::deserialize(json)
                    .map(Self::Identities)
            }
            5usize => {
                <crate::OrphanIdentities as ::serde::Deserialize>::deserialize(json)
                    .map(Self::OrphanIdentities)
            }
            6usize => {
                <crate::UncorrelatedAccounts as ::serde::Deserialize>::deserialize(json)
                    .map(Self::UncorrelatedAccounts)
            }
            _ => Err(::serde::de::Error::custom("no such member")),
        };
        if let Some(value) = crate::decode::union_member(&json, 7usize, member) {
            return Ok(value);
        }
        Err(crate::serde_helpers::no_variant_matched("ReportDetailsArguments", &errors))
    }
}
impl crate::serde_helpers::SchemaFit for ReportDetailsArguments {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        match self {
            Self::Accounts(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),
            Self::IdentitiesDetails(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::Identities(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::IdentityProfileIdentityError(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::OrphanIdentities(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::SearchExport(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
            Self::UncorrelatedAccounts(value) => {
                crate::serde_helpers::SchemaFit::add_fit(value, fit)
            }
        }
    }
}
/// Use this property to define what report should be processed in the RDE service.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReportDetailsReportType {
    /// `ACCOUNTS`
    Accounts,
    /// `IDENTITIES_DETAILS`
    IdentitiesDetails,
    /// `IDENTITIES`
    Identities,
    /// `IDENTITY_PROFILE_IDENTITY_ERROR`
    IdentityProfileIdentityError,
    /// `ORPHAN_IDENTITIES`
    OrphanIdentities,
    /// `SEARCH_EXPORT`
    SearchExport,
    /// `UNCORRELATED_ACCOUNTS`
    UncorrelatedAccounts,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ReportDetailsReportType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accounts => "ACCOUNTS",
            Self::IdentitiesDetails => "IDENTITIES_DETAILS",
            Self::Identities => "IDENTITIES",
            Self::IdentityProfileIdentityError => "IDENTITY_PROFILE_IDENTITY_ERROR",
            Self::OrphanIdentities => "ORPHAN_IDENTITIES",
            Self::SearchExport => "SEARCH_EXPORT",
            Self::UncorrelatedAccounts => "UNCORRELATED_ACCOUNTS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ReportDetailsReportType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNTS" => Self::Accounts,
            "IDENTITIES_DETAILS" => Self::IdentitiesDetails,
            "IDENTITIES" => Self::Identities,
            "IDENTITY_PROFILE_IDENTITY_ERROR" => Self::IdentityProfileIdentityError,
            "ORPHAN_IDENTITIES" => Self::OrphanIdentities,
            "SEARCH_EXPORT" => Self::SearchExport,
            "UNCORRELATED_ACCOUNTS" => Self::UncorrelatedAccounts,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ReportDetailsReportType);
