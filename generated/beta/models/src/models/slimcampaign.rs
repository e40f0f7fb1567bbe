#[derive(Debug, Clone, PartialEq)]
pub struct Slimcampaign {
    /// Id of the campaign
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// The campaign name. If this object is part of a template, special formatting applies; see the
    /// `/campaign-templates/{id}/generate` endpoint documentation for details.
    pub name: String,
    /// The campaign description. If this object is part of a template, special formatting applies; see the
    /// `/campaign-templates/{id}/generate` endpoint documentation for details.
    pub description: String,
    /// The campaign's completion deadline.  This date must be in the future in order to activate the campaign.  If you try to activate a campaign with a deadline of today or in the past, you will receive a 400 error response.
    pub deadline: Option<crate::primitives::DateTime>,
    /// The type of campaign. Could be extended in the future.
    pub r#type: crate::SlimcampaignType,
    /// Enables email notification for this campaign
    pub email_notification_enabled: Option<bool>,
    /// Allows auto revoke for this campaign
    pub auto_revoke_allowed: Option<bool>,
    /// Enables IAI for this campaign. Accepts true even if the IAI product feature is off. If IAI is turned off
    /// then campaigns generated from this template will indicate false. The real value will then be returned if
    /// IAI is ever enabled for the org in the future.
    pub recommendations_enabled: Option<bool>,
    /// The campaign's current status.
    ///
    /// Read-only: set by the server.
    pub status: Option<crate::SlimcampaignStatus>,
    /// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated.
    /// An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
    pub correlated_status: Option<crate::SlimcampaignCorrelatedStatus>,
    /// Created time of the campaign
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// The total number of certifications in this campaign.
    ///
    /// Read-only: set by the server.
    pub total_certifications: Option<i32>,
    /// The number of completed certifications in this campaign.
    ///
    /// Read-only: set by the server.
    pub completed_certifications: Option<i32>,
    /// A list of errors and warnings that have accumulated.
    ///
    /// Read-only: set by the server.
    pub alerts: Option<Vec<crate::CampaignAlert>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Slimcampaign {
    /// Builds a `Slimcampaign` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        r#type: impl Into<crate::SlimcampaignType>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            description: description.into(),
            deadline: None,
            r#type: r#type.into(),
            email_notification_enabled: None,
            auto_revoke_allowed: None,
            recommendations_enabled: None,
            status: None,
            correlated_status: None,
            created: None,
            total_certifications: None,
            completed_certifications: None,
            alerts: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Slimcampaign {
    id: optional::<String>(id),
    deadline: optional::<crate::primitives::DateTime>(deadline),
    email_notification_enabled: optional::<bool>(email_notification_enabled),
    auto_revoke_allowed: optional::<bool>(auto_revoke_allowed),
    recommendations_enabled: optional::<bool>(recommendations_enabled),
    status: optional::<crate::SlimcampaignStatus>(status),
    correlated_status: optional::<crate::SlimcampaignCorrelatedStatus>(correlated_status),
    created: optional::<crate::primitives::DateTime>(created),
    total_certifications: optional::<i32>(total_certifications),
    completed_certifications: optional::<i32>(completed_certifications),
    alerts: optional::<Vec<crate::CampaignAlert>>(alerts),
});
crate::serde_helpers::serde_struct!(Slimcampaign {
    id: optional("id"),
    name: required("name"),
    description: required("description"),
    deadline: optional("deadline"),
    r#type: required("type"),
    email_notification_enabled: optional("emailNotificationEnabled"),
    auto_revoke_allowed: optional("autoRevokeAllowed"),
    recommendations_enabled: optional("recommendationsEnabled"),
    status: optional("status"),
    correlated_status: optional("correlatedStatus"),
    created: optional("created"),
    total_certifications: optional("totalCertifications"),
    completed_certifications: optional("completedCertifications"),
    alerts: optional("alerts"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Slimcampaign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.correlated_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.alerts, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated.
/// An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SlimcampaignCorrelatedStatus {
    /// `CORRELATED`
    Correlated,
    /// `UNCORRELATED`
    Uncorrelated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SlimcampaignCorrelatedStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Correlated => "CORRELATED",
            Self::Uncorrelated => "UNCORRELATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SlimcampaignCorrelatedStatus {
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED" => Self::Correlated,
            "UNCORRELATED" => Self::Uncorrelated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SlimcampaignCorrelatedStatus);
