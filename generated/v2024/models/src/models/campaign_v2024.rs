/// Includes the fields of [`SlimCampaign`](crate::SlimCampaign).
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignV2024 {
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
    /// Modified time of the campaign
    ///
    /// Read-only: set by the server.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// Determines which items will be included in this campaign. The default campaign filter is used if this field is left blank.
    pub filter: Option<Option<crate::CampaignV2024Filter>>,
    /// Determines if comments on sunset date changes are required.
    pub sunset_comments_required: Option<bool>,
    /// Must be set only if the campaign type is SOURCE_OWNER.
    pub source_owner_campaign_info: Option<
        Option<crate::CampaignV2024SourceOwnerCampaignInfo>,
    >,
    /// Must be set only if the campaign type is SEARCH.
    pub search_campaign_info: Option<Option<crate::CampaignV2024SearchCampaignInfo>>,
    /// Optional configuration options for role composition campaigns.
    pub role_composition_campaign_info: Option<
        Option<crate::CampaignV2024RoleCompositionCampaignInfo>,
    >,
    /// Must be set only if the campaign type is MACHINE_ACCOUNT.
    pub machine_account_campaign_info: Option<
        Option<crate::CampaignV2024MachineAccountCampaignInfo>,
    >,
    /// A list of sources in the campaign that contain \"orphan entitlements\" (entitlements without a corresponding Managed Attribute). An empty list indicates the campaign has no orphan entitlements. Null indicates there may be unknown orphan entitlements in the campaign (the campaign was created before this feature was implemented).
    ///
    /// Read-only: set by the server.
    pub sources_with_orphan_entitlements: Option<
        Option<Vec<crate::CampaignV2024SourcesWithOrphanEntitlementsItem>>,
    >,
    /// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
    pub mandatory_comment_requirement: Option<
        crate::CampaignV2024MandatoryCommentRequirement,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignV2024 {
    /// Builds a `CampaignV2024` from its required fields; the others are unset.
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
crate::serde_helpers::setters!(CampaignV2024 {
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
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    filter: nullable::<crate::CampaignV2024Filter>(filter, filter_null),
    sunset_comments_required: optional::<bool>(sunset_comments_required),
    source_owner_campaign_info: nullable::<crate::CampaignV2024SourceOwnerCampaignInfo>(source_owner_campaign_info, source_owner_campaign_info_null),
    search_campaign_info: nullable::<crate::CampaignV2024SearchCampaignInfo>(search_campaign_info, search_campaign_info_null),
    role_composition_campaign_info: nullable::<crate::CampaignV2024RoleCompositionCampaignInfo>(role_composition_campaign_info, role_composition_campaign_info_null),
    machine_account_campaign_info: nullable::<crate::CampaignV2024MachineAccountCampaignInfo>(machine_account_campaign_info, machine_account_campaign_info_null),
    sources_with_orphan_entitlements: nullable::<Vec<crate::CampaignV2024SourcesWithOrphanEntitlementsItem>>(sources_with_orphan_entitlements, sources_with_orphan_entitlements_null),
    mandatory_comment_requirement: optional::<crate::CampaignV2024MandatoryCommentRequirement>(mandatory_comment_requirement),
});
crate::serde_helpers::serde_struct!(CampaignV2024 {
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
    modified: nullable("modified"),
    filter: nullable("filter"),
    sunset_comments_required: optional("sunsetCommentsRequired"),
    source_owner_campaign_info: nullable("sourceOwnerCampaignInfo"),
    search_campaign_info: nullable("searchCampaignInfo"),
    role_composition_campaign_info: nullable("roleCompositionCampaignInfo"),
    machine_account_campaign_info: nullable("machineAccountCampaignInfo"),
    sources_with_orphan_entitlements: nullable("sourcesWithOrphanEntitlements"),
    mandatory_comment_requirement: optional("mandatoryCommentRequirement"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignV2024 {
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
/// Determines which items will be included in this campaign. The default campaign filter is used if this field is left blank.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CampaignV2024Filter {
    /// The ID of whatever type of filter is being used.
    pub id: Option<String>,
    /// Type of the filter
    pub r#type: Option<crate::CampaignV2024FilterType>,
    /// Name of the filter
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignV2024Filter {
    /// Builds a `CampaignV2024Filter` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CampaignV2024Filter {
    id: optional::<String>(id),
    r#type: optional::<crate::CampaignV2024FilterType>(r#type),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(CampaignV2024Filter {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignV2024Filter {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the filter
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignV2024FilterType {
    /// `CAMPAIGN_FILTER`
    CampaignFilter,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignV2024FilterType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CampaignFilter => "CAMPAIGN_FILTER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignV2024FilterType {
    fn from(value: &str) -> Self {
        match value {
            "CAMPAIGN_FILTER" => Self::CampaignFilter,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignV2024FilterType);
/// Must be set only if the campaign type is MACHINE_ACCOUNT.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CampaignV2024MachineAccountCampaignInfo {
    /// The list of sources to be included in the campaign.
    pub source_ids: Option<Vec<String>>,
    /// The reviewer's type.
    pub reviewer_type: Option<
        crate::CampaignV2024MachineAccountCampaignInfoReviewerType,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignV2024MachineAccountCampaignInfo {
    /// Builds a `CampaignV2024MachineAccountCampaignInfo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CampaignV2024MachineAccountCampaignInfo {
    source_ids: optional::<Vec<String>>(source_ids),
    reviewer_type: optional::<crate::CampaignV2024MachineAccountCampaignInfoReviewerType>(reviewer_type),
});
crate::serde_helpers::serde_struct!(CampaignV2024MachineAccountCampaignInfo {
    source_ids: optional("sourceIds"),
    reviewer_type: optional("reviewerType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignV2024MachineAccountCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The reviewer's type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignV2024MachineAccountCampaignInfoReviewerType {
    /// `ACCOUNT_OWNER`
    AccountOwner,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignV2024MachineAccountCampaignInfoReviewerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountOwner => "ACCOUNT_OWNER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignV2024MachineAccountCampaignInfoReviewerType {
    fn from(value: &str) -> Self {
        match value {
            "ACCOUNT_OWNER" => Self::AccountOwner,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignV2024MachineAccountCampaignInfoReviewerType);
/// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignV2024MandatoryCommentRequirement {
    /// `ALL_DECISIONS`
    AllDecisions,
    /// `REVOKE_ONLY_DECISIONS`
    RevokeOnlyDecisions,
    /// `NO_DECISIONS`
    NoDecisions,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignV2024MandatoryCommentRequirement {
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
impl From<&str> for CampaignV2024MandatoryCommentRequirement {
    fn from(value: &str) -> Self {
        match value {
            "ALL_DECISIONS" => Self::AllDecisions,
            "REVOKE_ONLY_DECISIONS" => Self::RevokeOnlyDecisions,
            "NO_DECISIONS" => Self::NoDecisions,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignV2024MandatoryCommentRequirement);
/// Optional configuration options for role composition campaigns.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignV2024RoleCompositionCampaignInfo {
    /// The ID of the identity or governance group reviewing this campaign. Deprecated in favor of the "reviewer" object.
    #[deprecated]
    pub reviewer_id: Option<Option<String>>,
    /// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
    pub reviewer: Option<
        Option<crate::CampaignV2024RoleCompositionCampaignInfoReviewer>,
    >,
    /// Optional list of roles to include in this campaign. Only one of `roleIds` and `query` may be set; if neither are set, all roles are included.
    pub role_ids: Option<Vec<String>>,
    /// This determines who remediation tasks will be assigned to. Remediation tasks are created for each revoke decision on items in the campaign. The only legal remediator type is 'IDENTITY', and the chosen identity must be a Role Admin or Org Admin.
    pub remediator_ref: crate::CampaignV2024RoleCompositionCampaignInfoRemediatorRef,
    /// Optional search query to scope this campaign to a set of roles. Only one of `roleIds` and `query` may be set; if neither are set, all roles are included.
    pub query: Option<Option<String>>,
    /// Describes this role composition campaign. Intended for storing the query used, and possibly the number of roles selected/available.
    pub description: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignV2024RoleCompositionCampaignInfo {
    /// Builds a `CampaignV2024RoleCompositionCampaignInfo` from its required fields; the others are unset.
    pub fn new(
        remediator_ref: impl Into<
            crate::CampaignV2024RoleCompositionCampaignInfoRemediatorRef,
        >,
    ) -> Self {
        Self {
            reviewer_id: None,
            reviewer: None,
            role_ids: None,
            remediator_ref: remediator_ref.into(),
            query: None,
            description: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CampaignV2024RoleCompositionCampaignInfo {
    #[deprecated]
    reviewer_id: nullable::<String>(reviewer_id, reviewer_id_null),
    reviewer: nullable::<crate::CampaignV2024RoleCompositionCampaignInfoReviewer>(reviewer, reviewer_null),
    role_ids: optional::<Vec<String>>(role_ids),
    query: nullable::<String>(query, query_null),
    description: nullable::<String>(description, description_null),
});
crate::serde_helpers::serde_struct!(CampaignV2024RoleCompositionCampaignInfo {
    reviewer_id: nullable("reviewerId"),
    reviewer: nullable("reviewer"),
    role_ids: optional("roleIds"),
    remediator_ref: required("remediatorRef"),
    query: nullable("query"),
    description: nullable("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignV2024RoleCompositionCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.remediator_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// This determines who remediation tasks will be assigned to. Remediation tasks are created for each revoke decision on items in the campaign. The only legal remediator type is 'IDENTITY', and the chosen identity must be a Role Admin or Org Admin.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignV2024RoleCompositionCampaignInfoRemediatorRef {
    /// Legal Remediator Type
    pub r#type: crate::CampaignV2024RoleCompositionCampaignInfoRemediatorRefType,
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
impl CampaignV2024RoleCompositionCampaignInfoRemediatorRef {
    /// Builds a `CampaignV2024RoleCompositionCampaignInfoRemediatorRef` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<
            crate::CampaignV2024RoleCompositionCampaignInfoRemediatorRefType,
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
crate::serde_helpers::setters!(CampaignV2024RoleCompositionCampaignInfoRemediatorRef {
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(CampaignV2024RoleCompositionCampaignInfoRemediatorRef {
    r#type: required("type"),
    id: required("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for CampaignV2024RoleCompositionCampaignInfoRemediatorRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Legal Remediator Type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignV2024RoleCompositionCampaignInfoRemediatorRefType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignV2024RoleCompositionCampaignInfoRemediatorRefType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignV2024RoleCompositionCampaignInfoRemediatorRefType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    CampaignV2024RoleCompositionCampaignInfoRemediatorRefType
);
/// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CampaignV2024RoleCompositionCampaignInfoReviewer {
    /// The reviewer's DTO type.
    pub r#type: Option<crate::CampaignV2024RoleCompositionCampaignInfoReviewerType>,
    /// The reviewer's ID.
    pub id: Option<String>,
    /// The reviewer's name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignV2024RoleCompositionCampaignInfoReviewer {
    /// Builds a `CampaignV2024RoleCompositionCampaignInfoReviewer` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CampaignV2024RoleCompositionCampaignInfoReviewer {
    r#type: optional::<crate::CampaignV2024RoleCompositionCampaignInfoReviewerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(CampaignV2024RoleCompositionCampaignInfoReviewer {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for CampaignV2024RoleCompositionCampaignInfoReviewer {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The reviewer's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignV2024RoleCompositionCampaignInfoReviewerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignV2024RoleCompositionCampaignInfoReviewerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignV2024RoleCompositionCampaignInfoReviewerType {
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignV2024RoleCompositionCampaignInfoReviewerType);
/// Must be set only if the campaign type is SEARCH.
#[derive(Debug, Clone, PartialEq)]
pub struct CampaignV2024SearchCampaignInfo {
    /// The type of search campaign represented.
    pub r#type: crate::CampaignV2024SearchCampaignInfoType,
    /// Describes this search campaign. Intended for storing the query used, and possibly the number of identities selected/available.
    pub description: Option<String>,
    /// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
    pub reviewer: Option<Option<crate::CampaignV2024SearchCampaignInfoReviewer>>,
    /// The scope for the campaign. The campaign will cover identities returned by the query and identities that have access items returned by the query. One of `query` or `identityIds` must be set.
    pub query: Option<Option<String>>,
    /// A direct list of identities to include in this campaign. One of `identityIds` or `query` must be set.
    pub identity_ids: Option<Option<Vec<String>>>,
    /// Further reduces the scope of the campaign by excluding identities (from `query` or `identityIds`) that do not have this access.
    pub access_constraints: Option<Vec<crate::AccessConstraint>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignV2024SearchCampaignInfo {
    /// Builds a `CampaignV2024SearchCampaignInfo` from its required fields; the others are unset.
    pub fn new(r#type: impl Into<crate::CampaignV2024SearchCampaignInfoType>) -> Self {
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
crate::serde_helpers::setters!(CampaignV2024SearchCampaignInfo {
    description: optional::<String>(description),
    reviewer: nullable::<crate::CampaignV2024SearchCampaignInfoReviewer>(reviewer, reviewer_null),
    query: nullable::<String>(query, query_null),
    identity_ids: nullable::<Vec<String>>(identity_ids, identity_ids_null),
    access_constraints: optional::<Vec<crate::AccessConstraint>>(access_constraints),
});
crate::serde_helpers::serde_struct!(CampaignV2024SearchCampaignInfo {
    r#type: required("type"),
    description: optional("description"),
    reviewer: nullable("reviewer"),
    query: nullable("query"),
    identity_ids: nullable("identityIds"),
    access_constraints: optional("accessConstraints"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignV2024SearchCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_constraints, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CampaignV2024SearchCampaignInfoReviewer {
    /// The reviewer's DTO type.
    pub r#type: Option<crate::CampaignV2024SearchCampaignInfoReviewerType>,
    /// The reviewer's ID.
    pub id: Option<String>,
    /// The reviewer's name.
    pub name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignV2024SearchCampaignInfoReviewer {
    /// Builds a `CampaignV2024SearchCampaignInfoReviewer` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CampaignV2024SearchCampaignInfoReviewer {
    r#type: optional::<crate::CampaignV2024SearchCampaignInfoReviewerType>(r#type),
    id: optional::<String>(id),
    name: nullable::<String>(name, name_null),
});
crate::serde_helpers::serde_struct!(CampaignV2024SearchCampaignInfoReviewer {
    r#type: optional("type"),
    id: optional("id"),
    name: nullable("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignV2024SearchCampaignInfoReviewer {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The reviewer's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignV2024SearchCampaignInfoReviewerType {
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignV2024SearchCampaignInfoReviewerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignV2024SearchCampaignInfoReviewerType {
    fn from(value: &str) -> Self {
        match value {
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignV2024SearchCampaignInfoReviewerType);
/// The type of search campaign represented.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignV2024SearchCampaignInfoType {
    /// `IDENTITY`
    Identity,
    /// `ACCESS`
    Access,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignV2024SearchCampaignInfoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Access => "ACCESS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignV2024SearchCampaignInfoType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "ACCESS" => Self::Access,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignV2024SearchCampaignInfoType);
/// Must be set only if the campaign type is SOURCE_OWNER.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CampaignV2024SourceOwnerCampaignInfo {
    /// The list of sources to be included in the campaign.
    pub source_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignV2024SourceOwnerCampaignInfo {
    /// Builds a `CampaignV2024SourceOwnerCampaignInfo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CampaignV2024SourceOwnerCampaignInfo {
    source_ids: optional::<Vec<String>>(source_ids),
});
crate::serde_helpers::serde_struct!(CampaignV2024SourceOwnerCampaignInfo {
    source_ids: optional("sourceIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignV2024SourceOwnerCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CampaignV2024SourcesWithOrphanEntitlementsItem {
    /// Id of the source
    pub id: Option<String>,
    /// Type
    pub r#type: Option<crate::CampaignV2024SourcesWithOrphanEntitlementsItemType>,
    /// Name of the source
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CampaignV2024SourcesWithOrphanEntitlementsItem {
    /// Builds a `CampaignV2024SourcesWithOrphanEntitlementsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CampaignV2024SourcesWithOrphanEntitlementsItem {
    id: optional::<String>(id),
    r#type: optional::<crate::CampaignV2024SourcesWithOrphanEntitlementsItemType>(r#type),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(CampaignV2024SourcesWithOrphanEntitlementsItem {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CampaignV2024SourcesWithOrphanEntitlementsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignV2024SourcesWithOrphanEntitlementsItemType {
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignV2024SourcesWithOrphanEntitlementsItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CampaignV2024SourcesWithOrphanEntitlementsItemType {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CampaignV2024SourcesWithOrphanEntitlementsItemType);
