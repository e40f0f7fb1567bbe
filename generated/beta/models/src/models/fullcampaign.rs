/// Campaign
///
/// Includes the fields of [`Slimcampaign`](crate::Slimcampaign).
#[derive(Debug, Clone, PartialEq)]
pub struct Fullcampaign {
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
    /// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
    pub correlated_status: Option<crate::FullcampaignCorrelatedStatus>,
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
    /// Modified time of the campaign
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// Determines which items will be included in this campaign. The default campaign filter is used if this field is left blank.
    pub filter: Option<crate::FullcampaignFilter>,
    /// Determines if comments on sunset date changes are required.
    pub sunset_comments_required: Option<bool>,
    /// Must be set only if the campaign type is SOURCE_OWNER.
    pub source_owner_campaign_info: Option<crate::FullcampaignSourceOwnerCampaignInfo>,
    /// Must be set only if the campaign type is SEARCH.
    pub search_campaign_info: Option<crate::FullcampaignSearchCampaignInfo>,
    /// Optional configuration options for role composition campaigns.
    pub role_composition_campaign_info: Option<
        crate::FullcampaignRoleCompositionCampaignInfo,
    >,
    /// Must be set only if the campaign type is MACHINE_ACCOUNT.
    pub machine_account_campaign_info: Option<
        crate::FullcampaignMachineAccountCampaignInfo,
    >,
    /// A list of sources in the campaign that contain \"orphan entitlements\" (entitlements without a corresponding Managed Attribute). An empty list indicates the campaign has no orphan entitlements. Null indicates there may be unknown orphan entitlements in the campaign (the campaign was created before this feature was implemented).
    ///
    /// Read-only: set by the server.
    pub sources_with_orphan_entitlements: Option<
        Vec<crate::FullcampaignSourcesWithOrphanEntitlementsItem>,
    >,
    /// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
    pub mandatory_comment_requirement: Option<
        crate::FullcampaignMandatoryCommentRequirement,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Fullcampaign {
    /// Builds a `Fullcampaign` from its required fields; the others are unset.
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
            modified: None,
            filter: None,
            sunset_comments_required: None,
            source_owner_campaign_info: None,
            search_campaign_info: None,
            role_composition_campaign_info: None,
            machine_account_campaign_info: None,
            sources_with_orphan_entitlements: None,
            mandatory_comment_requirement: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Fullcampaign {
    id: optional::<String>(id),
    deadline: optional::<crate::primitives::DateTime>(deadline),
    email_notification_enabled: optional::<bool>(email_notification_enabled),
    auto_revoke_allowed: optional::<bool>(auto_revoke_allowed),
    recommendations_enabled: optional::<bool>(recommendations_enabled),
    status: optional::<crate::SlimcampaignStatus>(status),
    correlated_status: optional::<crate::FullcampaignCorrelatedStatus>(correlated_status),
    created: optional::<crate::primitives::DateTime>(created),
    total_certifications: optional::<i32>(total_certifications),
    completed_certifications: optional::<i32>(completed_certifications),
    alerts: optional::<Vec<crate::CampaignAlert>>(alerts),
    modified: optional::<crate::primitives::DateTime>(modified),
    filter: optional::<crate::FullcampaignFilter>(filter),
    sunset_comments_required: optional::<bool>(sunset_comments_required),
    source_owner_campaign_info: optional::<crate::FullcampaignSourceOwnerCampaignInfo>(source_owner_campaign_info),
    search_campaign_info: optional::<crate::FullcampaignSearchCampaignInfo>(search_campaign_info),
    role_composition_campaign_info: optional::<crate::FullcampaignRoleCompositionCampaignInfo>(role_composition_campaign_info),
    machine_account_campaign_info: optional::<crate::FullcampaignMachineAccountCampaignInfo>(machine_account_campaign_info),
    sources_with_orphan_entitlements: optional::<Vec<crate::FullcampaignSourcesWithOrphanEntitlementsItem>>(sources_with_orphan_entitlements),
    mandatory_comment_requirement: optional::<crate::FullcampaignMandatoryCommentRequirement>(mandatory_comment_requirement),
});
crate::serde_helpers::serde_struct!(Fullcampaign {
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
    modified: optional("modified"),
    filter: optional("filter"),
    sunset_comments_required: optional("sunsetCommentsRequired"),
    source_owner_campaign_info: optional("sourceOwnerCampaignInfo"),
    search_campaign_info: optional("searchCampaignInfo"),
    role_composition_campaign_info: optional("roleCompositionCampaignInfo"),
    machine_account_campaign_info: optional("machineAccountCampaignInfo"),
    sources_with_orphan_entitlements: optional("sourcesWithOrphanEntitlements"),
    mandatory_comment_requirement: optional("mandatoryCommentRequirement"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Fullcampaign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.correlated_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.alerts, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.filter, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source_owner_campaign_info, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.search_campaign_info, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.role_composition_campaign_info,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(
            &self.machine_account_campaign_info,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(
            &self.sources_with_orphan_entitlements,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(
            &self.mandatory_comment_requirement,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
/// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FullcampaignCorrelatedStatus {
    /// `CORRELATED`
    Correlated,
    /// `UNCORRELATED`
    Uncorrelated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FullcampaignCorrelatedStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Correlated => "CORRELATED",
            Self::Uncorrelated => "UNCORRELATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FullcampaignCorrelatedStatus {
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED" => Self::Correlated,
            "UNCORRELATED" => Self::Uncorrelated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FullcampaignCorrelatedStatus);
/// Determines which items will be included in this campaign. The default campaign filter is used if this field is left blank.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FullcampaignFilter {
    /// The ID of whatever type of filter is being used.
    pub id: Option<String>,
    /// Type of the filter
    pub r#type: Option<crate::FullcampaignFilterType>,
    /// Name of the filter
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FullcampaignFilter {
    /// Builds a `FullcampaignFilter` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FullcampaignFilter {
    id: optional::<String>(id),
    r#type: optional::<crate::FullcampaignFilterType>(r#type),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(FullcampaignFilter {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FullcampaignFilter {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the filter
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FullcampaignFilterType {
    /// `CAMPAIGN_FILTER`
    CampaignFilter,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FullcampaignFilterType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CampaignFilter => "CAMPAIGN_FILTER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FullcampaignFilterType {
    fn from(value: &str) -> Self {
        match value {
            "CAMPAIGN_FILTER" => Self::CampaignFilter,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FullcampaignFilterType);
/// Must be set only if the campaign type is MACHINE_ACCOUNT.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FullcampaignMachineAccountCampaignInfo {
    /// The list of sources to be included in the campaign.
    pub source_ids: Option<Vec<String>>,
    /// The reviewer's type.
    pub reviewer_type: Option<crate::FullcampaignMachineAccountCampaignInfoReviewerType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FullcampaignMachineAccountCampaignInfo {
    /// Builds a `FullcampaignMachineAccountCampaignInfo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FullcampaignMachineAccountCampaignInfo {
    source_ids: optional::<Vec<String>>(source_ids),
    reviewer_type: optional::<crate::FullcampaignMachineAccountCampaignInfoReviewerType>(reviewer_type),
});
crate::serde_helpers::serde_struct!(FullcampaignMachineAccountCampaignInfo {
    source_ids: optional("sourceIds"),
    reviewer_type: optional("reviewerType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FullcampaignMachineAccountCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The reviewer's type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FullcampaignMachineAccountCampaignInfoReviewerType {
    /// `ACCOUNT_OWNER`
    AccountOwner,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FullcampaignMachineAccountCampaignInfoReviewerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountOwner => "ACCOUNT_OWNER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FullcampaignMachineAccountCampaignInfoReviewerType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_OWNER" => Self::AccountOwner,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FullcampaignMachineAccountCampaignInfoReviewerType);
/// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FullcampaignMandatoryCommentRequirement {
    /// `ALL_DECISIONS`
    AllDecisions,
    /// `REVOKE_ONLY_DECISIONS`
    RevokeOnlyDecisions,
    /// `NO_DECISIONS`
    NoDecisions,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FullcampaignMandatoryCommentRequirement {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllDecisions => "ALL_DECISIONS",
            Self::RevokeOnlyDecisions => "REVOKE_ONLY_DECISIONS",
            Self::NoDecisions => "NO_DECISIONS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FullcampaignMandatoryCommentRequirement {
    fn from(value: &str) -> Self {
        match value {
            "ALL_DECISIONS" => Self::AllDecisions,
            "REVOKE_ONLY_DECISIONS" => Self::RevokeOnlyDecisions,
            "NO_DECISIONS" => Self::NoDecisions,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FullcampaignMandatoryCommentRequirement);
/// Optional configuration options for role composition campaigns.
#[derive(Debug, Clone, PartialEq)]
pub struct FullcampaignRoleCompositionCampaignInfo {
    /// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
    pub reviewer: Option<crate::FullcampaignRoleCompositionCampaignInfoReviewer>,
    /// Optional list of roles to include in this campaign. Only one of `roleIds` and `query` may be set; if neither are set, all roles are included.
    pub role_ids: Option<Vec<String>>,
    /// This determines who remediation tasks will be assigned to. Remediation tasks are created for each revoke decision on items in the campaign. The only legal remediator type is 'IDENTITY', and the chosen identity must be a Role Admin or Org Admin.
    pub remediator_ref: crate::FullcampaignRoleCompositionCampaignInfoRemediatorRef,
    /// Optional search query to scope this campaign to a set of roles. Only one of `roleIds` and `query` may be set; if neither are set, all roles are included.
    pub query: Option<String>,
    /// Describes this role composition campaign. Intended for storing the query used, and possibly the number of roles selected/available.
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FullcampaignRoleCompositionCampaignInfo {
    /// Builds a `FullcampaignRoleCompositionCampaignInfo` from its required fields; the others are unset.
    pub fn new(
        remediator_ref: impl Into<
            crate::FullcampaignRoleCompositionCampaignInfoRemediatorRef,
        >,
    ) -> Self {
        Self {
            reviewer: None,
            role_ids: None,
            remediator_ref: remediator_ref.into(),
            query: None,
            description: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(FullcampaignRoleCompositionCampaignInfo {
    reviewer: optional::<crate::FullcampaignRoleCompositionCampaignInfoReviewer>(reviewer),
    role_ids: optional::<Vec<String>>(role_ids),
    query: optional::<String>(query),
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(FullcampaignRoleCompositionCampaignInfo {
    reviewer: optional("reviewer"),
    role_ids: optional("roleIds"),
    remediator_ref: required("remediatorRef"),
    query: optional("query"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FullcampaignRoleCompositionCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.remediator_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// This determines who remediation tasks will be assigned to. Remediation tasks are created for each revoke decision on items in the campaign. The only legal remediator type is 'IDENTITY', and the chosen identity must be a Role Admin or Org Admin.
#[derive(Debug, Clone, PartialEq)]
pub struct FullcampaignRoleCompositionCampaignInfoRemediatorRef {
    /// Legal Remediator Type
    pub r#type: crate::FullcampaignRoleCompositionCampaignInfoRemediatorRefType,
    /// The ID of the remediator.
    pub id: String,
    /// The name of the remediator.
    ///
    /// Read-only: set by the server.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FullcampaignRoleCompositionCampaignInfoRemediatorRef {
    /// Builds a `FullcampaignRoleCompositionCampaignInfoRemediatorRef` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<
            crate::FullcampaignRoleCompositionCampaignInfoRemediatorRefType,
        >,
        id: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(FullcampaignRoleCompositionCampaignInfoRemediatorRef {
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(FullcampaignRoleCompositionCampaignInfoRemediatorRef {
    r#type: required("type"),
    id: required("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for FullcampaignRoleCompositionCampaignInfoRemediatorRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Legal Remediator Type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FullcampaignRoleCompositionCampaignInfoRemediatorRefType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FullcampaignRoleCompositionCampaignInfoRemediatorRefType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FullcampaignRoleCompositionCampaignInfoRemediatorRefType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    FullcampaignRoleCompositionCampaignInfoRemediatorRefType
);
/// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FullcampaignRoleCompositionCampaignInfoReviewer {
    /// The reviewer's DTO type.
    pub r#type: Option<crate::FullcampaignRoleCompositionCampaignInfoReviewerType>,
    /// The reviewer's ID.
    pub id: Option<String>,
    /// The reviewer's name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FullcampaignRoleCompositionCampaignInfoReviewer {
    /// Builds a `FullcampaignRoleCompositionCampaignInfoReviewer` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FullcampaignRoleCompositionCampaignInfoReviewer {
    r#type: optional::<crate::FullcampaignRoleCompositionCampaignInfoReviewerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(FullcampaignRoleCompositionCampaignInfoReviewer {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for FullcampaignRoleCompositionCampaignInfoReviewer {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The reviewer's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FullcampaignRoleCompositionCampaignInfoReviewerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FullcampaignRoleCompositionCampaignInfoReviewerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FullcampaignRoleCompositionCampaignInfoReviewerType {
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FullcampaignRoleCompositionCampaignInfoReviewerType);
/// Must be set only if the campaign type is SEARCH.
#[derive(Debug, Clone, PartialEq)]
pub struct FullcampaignSearchCampaignInfo {
    /// The type of search campaign represented.
    pub r#type: crate::FullcampaignSearchCampaignInfoType,
    /// Describes this search campaign. Intended for storing the query used, and possibly the number of identities selected/available.
    pub description: Option<String>,
    /// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
    pub reviewer: Option<crate::FullcampaignSearchCampaignInfoReviewer>,
    /// The scope for the campaign. The campaign will cover identities returned by the query and identities that have access items returned by the query. One of `query` or `identityIds` must be set.
    pub query: Option<String>,
    /// A direct list of identities to include in this campaign. One of `identityIds` or `query` must be set.
    pub identity_ids: Option<Vec<String>>,
    /// Further reduces the scope of the campaign by excluding identities (from `query` or `identityIds`) that do not have this access.
    pub access_constraints: Option<Vec<crate::AccessConstraint>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FullcampaignSearchCampaignInfo {
    /// Builds a `FullcampaignSearchCampaignInfo` from its required fields; the others are unset.
    pub fn new(r#type: impl Into<crate::FullcampaignSearchCampaignInfoType>) -> Self {
        Self {
            r#type: r#type.into(),
            description: None,
            reviewer: None,
            query: None,
            identity_ids: None,
            access_constraints: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(FullcampaignSearchCampaignInfo {
    description: optional::<String>(description),
    reviewer: optional::<crate::FullcampaignSearchCampaignInfoReviewer>(reviewer),
    query: optional::<String>(query),
    identity_ids: optional::<Vec<String>>(identity_ids),
    access_constraints: optional::<Vec<crate::AccessConstraint>>(access_constraints),
});
crate::serde_helpers::serde_struct!(FullcampaignSearchCampaignInfo {
    r#type: required("type"),
    description: optional("description"),
    reviewer: optional("reviewer"),
    query: optional("query"),
    identity_ids: optional("identityIds"),
    access_constraints: optional("accessConstraints"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FullcampaignSearchCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_constraints, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FullcampaignSearchCampaignInfoReviewer {
    /// The reviewer's DTO type.
    pub r#type: Option<crate::FullcampaignSearchCampaignInfoReviewerType>,
    /// The reviewer's ID.
    pub id: Option<String>,
    /// The reviewer's name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FullcampaignSearchCampaignInfoReviewer {
    /// Builds a `FullcampaignSearchCampaignInfoReviewer` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FullcampaignSearchCampaignInfoReviewer {
    r#type: optional::<crate::FullcampaignSearchCampaignInfoReviewerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(FullcampaignSearchCampaignInfoReviewer {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FullcampaignSearchCampaignInfoReviewer {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The reviewer's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FullcampaignSearchCampaignInfoReviewerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FullcampaignSearchCampaignInfoReviewerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FullcampaignSearchCampaignInfoReviewerType {
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FullcampaignSearchCampaignInfoReviewerType);
/// The type of search campaign represented.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FullcampaignSearchCampaignInfoType {
    /// `IDENTITY`
    Identity,
    /// `ACCESS`
    Access,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FullcampaignSearchCampaignInfoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Access => "ACCESS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FullcampaignSearchCampaignInfoType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "ACCESS" => Self::Access,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FullcampaignSearchCampaignInfoType);
/// Must be set only if the campaign type is SOURCE_OWNER.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FullcampaignSourceOwnerCampaignInfo {
    /// The list of sources to be included in the campaign.
    pub source_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FullcampaignSourceOwnerCampaignInfo {
    /// Builds a `FullcampaignSourceOwnerCampaignInfo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FullcampaignSourceOwnerCampaignInfo {
    source_ids: optional::<Vec<String>>(source_ids),
});
crate::serde_helpers::serde_struct!(FullcampaignSourceOwnerCampaignInfo {
    source_ids: optional("sourceIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FullcampaignSourceOwnerCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FullcampaignSourcesWithOrphanEntitlementsItem {
    /// Id of the source
    pub id: Option<String>,
    /// Type
    pub r#type: Option<crate::FullcampaignSourcesWithOrphanEntitlementsItemType>,
    /// Name of the source
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FullcampaignSourcesWithOrphanEntitlementsItem {
    /// Builds a `FullcampaignSourcesWithOrphanEntitlementsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FullcampaignSourcesWithOrphanEntitlementsItem {
    id: optional::<String>(id),
    r#type: optional::<crate::FullcampaignSourcesWithOrphanEntitlementsItemType>(r#type),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(FullcampaignSourcesWithOrphanEntitlementsItem {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FullcampaignSourcesWithOrphanEntitlementsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FullcampaignSourcesWithOrphanEntitlementsItemType {
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FullcampaignSourcesWithOrphanEntitlementsItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FullcampaignSourcesWithOrphanEntitlementsItemType {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FullcampaignSourcesWithOrphanEntitlementsItemType);
