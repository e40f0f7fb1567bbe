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
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
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
impl From<String> for ReportDetailsReportType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ReportDetailsReportType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ReportDetailsReportType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ReportDetailsReportType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ReportDetailsReportType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ReportDetailsReportType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
