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
        let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        let mut errors = Vec::new();
        let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;
        match <crate::Accounts as ::serde::Deserialize>::deserialize(&json) {
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
        match <crate::IdentitiesDetails as ::serde::Deserialize>::deserialize(&json) {
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
        match <crate::IdentityProfileIdentityError as ::serde::Deserialize>::deserialize(
            &json,
        ) {
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
        match <crate::SearchExport as ::serde::Deserialize>::deserialize(&json) {
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
        match <crate::Identities as ::serde::Deserialize>::deserialize(&json) {
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
        match <crate::OrphanIdentities as ::serde::Deserialize>::deserialize(&json) {
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
        match <crate::UncorrelatedAccounts as ::serde::Deserialize>::deserialize(&json) {
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
