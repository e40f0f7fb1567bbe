#[derive(Debug, Clone, PartialEq)]
pub struct SlimCampaign {
    /// Id of the campaign
    ///
    /// Read-only: set by the server.
    pub id: Option<Option<String>>,
    /// The campaign name. If this object is part of a template, special formatting applies; see the
    /// `/campaign-templates/{id}/generate` endpoint documentation for details.
    pub name: String,
    /// The campaign description. If this object is part of a template, special formatting applies; see the
    /// `/campaign-templates/{id}/generate` endpoint documentation for details.
    pub description: Option<String>,
    /// The campaign's completion deadline.  This date must be in the future in order to activate the campaign.  If you try to activate a campaign with a deadline of today or in the past, you will receive a 400 error response.
    pub deadline: Option<Option<crate::primitives::DateTime>>,
    /// The type of campaign. Could be extended in the future.
    pub r#type: crate::SlimCampaignType,
    /// Enables email notification for this campaign
    pub email_notification_enabled: Option<bool>,
    /// Allows auto revoke for this campaign
    pub auto_revoke_allowed: Option<bool>,
    /// Enables IAI for this campaign. Accepts true even if the IAI product feature is off. If IAI is turned off then campaigns generated from this template will indicate false. The real value will then be returned if IAI is ever enabled for the org in the future.
    pub recommendations_enabled: Option<bool>,
    /// The campaign's current status.
    ///
    /// Read-only: set by the server.
    pub status: Option<Option<crate::SlimCampaignStatus>>,
    /// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
    pub correlated_status: Option<crate::SlimCampaignCorrelatedStatus>,
    /// Created time of the campaign
    ///
    /// Read-only: set by the server.
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// The total number of certifications in this campaign.
    ///
    /// Read-only: set by the server.
    pub total_certifications: Option<Option<i32>>,
    /// The number of completed certifications in this campaign.
    ///
    /// Read-only: set by the server.
    pub completed_certifications: Option<Option<i32>>,
    /// A list of errors and warnings that have accumulated.
    ///
    /// Read-only: set by the server.
    pub alerts: Option<Option<Vec<crate::CampaignAlert>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SlimCampaign {
    /// Builds a `SlimCampaign` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<Option<String>>,
        r#type: impl Into<crate::SlimCampaignType>,
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
crate::serde_helpers::setters!(SlimCampaign {
    id: nullable::<String>(id, id_null),
    deadline: nullable::<crate::primitives::DateTime>(deadline, deadline_null),
    email_notification_enabled: optional::<bool>(email_notification_enabled),
    auto_revoke_allowed: optional::<bool>(auto_revoke_allowed),
    recommendations_enabled: optional::<bool>(recommendations_enabled),
    status: nullable::<crate::SlimCampaignStatus>(status, status_null),
    correlated_status: optional::<crate::SlimCampaignCorrelatedStatus>(correlated_status),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    total_certifications: nullable::<i32>(total_certifications, total_certifications_null),
    completed_certifications: nullable::<i32>(completed_certifications, completed_certifications_null),
    alerts: nullable::<Vec<crate::CampaignAlert>>(alerts, alerts_null),
});
crate::serde_helpers::serde_struct!(SlimCampaign {
    id: nullable("id"),
    name: required("name"),
    description: required("description"),
    deadline: nullable("deadline"),
    r#type: required("type"),
    email_notification_enabled: optional("emailNotificationEnabled"),
    auto_revoke_allowed: optional("autoRevokeAllowed"),
    recommendations_enabled: optional("recommendationsEnabled"),
    status: nullable("status"),
    correlated_status: optional("correlatedStatus"),
    created: nullable("created"),
    total_certifications: nullable("totalCertifications"),
    completed_certifications: nullable("completedCertifications"),
    alerts: nullable("alerts"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SlimCampaign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.correlated_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.alerts, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
