/// Campaign Template
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignTemplate {
    /// Id of the campaign template
    pub id: Option<String>,
    /// This template's name. Has no bearing on generated campaigns' names.
    pub name: String,
    /// This template's description. Has no bearing on generated campaigns' descriptions.
    pub description: String,
    /// Creation date of Campaign Template
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    pub created: Option<crate::primitives::DateTime>,
    /// Modification date of Campaign Template
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// Indicates if this campaign template has been scheduled.
    ///
    /// Read-only: set by the server.
    pub scheduled: Option<bool>,
    /// The owner of this template, and the owner of campaigns generated from this template via a schedule. This field is automatically populated at creation time with the current user.
    ///
    /// Read-only: set by the server.
    pub owner_ref: Option<crate::CampaignTemplateOwnerRef>,
    /// The time period during which the campaign should be completed, formatted as an ISO-8601 Duration. When this template generates a campaign, the campaign's deadline will be the current date plus this duration. For example, if generation occurred on 2020-01-01 and this field was "P2W" (two weeks), the resulting campaign's deadline would be 2020-01-15 (the current date plus 14 days).
    pub deadline_duration: Option<Option<String>>,
    pub campaign: crate::CampaignV2024,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignTemplate {
    /// Builds a `CampaignTemplate` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        campaign: impl Into<crate::CampaignV2024>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            description: description.into(),
            created: None,
            modified: None,
            scheduled: None,
            owner_ref: None,
            deadline_duration: None,
            campaign: campaign.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CampaignTemplate {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    scheduled: optional::<bool>(scheduled),
    owner_ref: optional::<crate::CampaignTemplateOwnerRef>(owner_ref),
    deadline_duration: nullable::<String>(deadline_duration, deadline_duration_null),
});
crate::serde_helpers::serde_struct!(CampaignTemplate {
    id: optional("id"),
    name: required("name"),
    description: required("description"),
    created: optional("created"),
    modified: nullable("modified"),
    scheduled: optional("scheduled"),
    owner_ref: optional("ownerRef"),
    deadline_duration: nullable("deadlineDuration"),
    campaign: required("campaign"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignTemplate {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner_ref, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The owner of this template, and the owner of campaigns generated from this template via a schedule. This field is automatically populated at creation time with the current user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CampaignTemplateOwnerRef {
    /// Id of the owner
    pub id: Option<String>,
    /// Type of the owner
    pub r#type: Option<crate::CampaignTemplateOwnerRefType>,
    /// Name of the owner
    pub name: Option<String>,
    /// Email of the owner
    pub email: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignTemplateOwnerRef {
    /// Builds a `CampaignTemplateOwnerRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CampaignTemplateOwnerRef {
    id: optional::<String>(id),
    r#type: optional::<crate::CampaignTemplateOwnerRefType>(r#type),
    name: optional::<String>(name),
    email: optional::<String>(email),
});
crate::serde_helpers::serde_struct!(CampaignTemplateOwnerRef {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    email: optional("email"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignTemplateOwnerRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the owner
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignTemplateOwnerRefType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignTemplateOwnerRefType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignTemplateOwnerRefType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignTemplateOwnerRefType);
