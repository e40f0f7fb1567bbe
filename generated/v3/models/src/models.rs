#[cfg(feature = "unreferenced-schemas")]
mod access;
#[cfg(feature = "unreferenced-schemas")]
pub use self::access::Access;
#[cfg(feature = "search")]
mod access_apps;
#[cfg(feature = "search")]
pub use self::access_apps::{AccessApps, AccessAppsOwner, AccessAppsOwnerType};
#[cfg(feature = "certification_campaigns")]
mod access_constraint;
#[cfg(feature = "certification_campaigns")]
pub use self::access_constraint::{
    AccessConstraint, AccessConstraintOperator, AccessConstraintType,
};
#[cfg(feature = "sod_policies")]
mod access_criteria;
#[cfg(feature = "sod_policies")]
pub use self::access_criteria::{
    AccessCriteria, AccessCriteriaCriteriaListItem, AccessCriteriaCriteriaListItemType,
};
#[cfg(feature = "sod_policies")]
mod access_criteria_request;
#[cfg(feature = "sod_policies")]
pub use self::access_criteria_request::{
    AccessCriteriaRequest, AccessCriteriaRequestCriteriaListItem,
    AccessCriteriaRequestCriteriaListItemType,
};
#[cfg(any(feature = "access_profiles", feature = "roles"))]
mod access_duration;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
pub use self::access_duration::{AccessDuration, AccessDurationTimeUnit};
#[cfg(feature = "access_request_approvals")]
mod access_item_requested_for;
#[cfg(feature = "access_request_approvals")]
pub use self::access_item_requested_for::{
    AccessItemRequestedFor, AccessItemRequestedForType,
};
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod access_item_requester;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::access_item_requester::{AccessItemRequester, AccessItemRequesterType};
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod access_item_reviewed_by;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::access_item_reviewed_by::{AccessItemReviewedBy, AccessItemReviewedByType};
#[cfg(any(feature = "access_profiles", feature = "accounts"))]
mod access_model_metadata;
#[cfg(any(feature = "access_profiles", feature = "accounts"))]
pub use self::access_model_metadata::{
    AccessModelMetadata, AccessModelMetadataValuesItem,
};
#[cfg(feature = "access_profiles")]
mod access_profile;
#[cfg(feature = "access_profiles")]
pub use self::access_profile::AccessProfile;
#[cfg(feature = "access_profiles")]
mod access_profile_approval_scheme;
#[cfg(feature = "access_profiles")]
pub use self::access_profile_approval_scheme::{
    AccessProfileApprovalScheme, AccessProfileApprovalSchemeApproverType,
};
#[cfg(feature = "access_profiles")]
mod access_profile_bulk_delete_request;
#[cfg(feature = "access_profiles")]
pub use self::access_profile_bulk_delete_request::AccessProfileBulkDeleteRequest;
#[cfg(feature = "access_profiles")]
mod access_profile_bulk_delete_response;
#[cfg(feature = "access_profiles")]
pub use self::access_profile_bulk_delete_response::AccessProfileBulkDeleteResponse;
#[cfg(feature = "search")]
mod access_profile_document;
#[cfg(feature = "search")]
pub use self::access_profile_document::AccessProfileDocument;
#[cfg(feature = "search")]
mod access_profile_document_source;
#[cfg(feature = "search")]
pub use self::access_profile_document_source::AccessProfileDocumentSource;
#[cfg(feature = "search")]
mod access_profile_documents;
#[cfg(feature = "search")]
pub use self::access_profile_documents::AccessProfileDocuments;
#[cfg(feature = "roles")]
mod access_profile_ref;
#[cfg(feature = "roles")]
pub use self::access_profile_ref::{AccessProfileRef, AccessProfileRefType};
#[cfg(feature = "access_profiles")]
mod access_profile_source_ref;
#[cfg(feature = "access_profiles")]
pub use self::access_profile_source_ref::{
    AccessProfileSourceRef, AccessProfileSourceRefType,
};
#[cfg(feature = "search")]
mod access_profile_summary;
#[cfg(feature = "search")]
pub use self::access_profile_summary::AccessProfileSummary;
#[cfg(feature = "access_profiles")]
mod access_profile_usage;
#[cfg(feature = "access_profiles")]
pub use self::access_profile_usage::{
    AccessProfileUsage, AccessProfileUsageUsedByItem, AccessProfileUsageUsedByItemType,
};
#[cfg(feature = "access_requests")]
mod access_request;
#[cfg(feature = "access_requests")]
pub use self::access_request::AccessRequest;
#[cfg(feature = "access_requests")]
mod access_request_config;
#[cfg(feature = "access_requests")]
pub use self::access_request_config::AccessRequestConfig;
#[cfg(feature = "access_requests")]
mod access_request_item;
#[cfg(feature = "access_requests")]
pub use self::access_request_item::{AccessRequestItem, AccessRequestItemType};
#[cfg(feature = "access_requests")]
mod access_request_phases;
#[cfg(feature = "access_requests")]
pub use self::access_request_phases::{
    AccessRequestPhases, AccessRequestPhasesResult, AccessRequestPhasesState,
};
#[cfg(feature = "access_requests")]
mod access_request_response;
#[cfg(feature = "access_requests")]
pub use self::access_request_response::AccessRequestResponse;
#[cfg(feature = "access_requests")]
mod access_request_tracking;
#[cfg(feature = "access_requests")]
pub use self::access_request_tracking::AccessRequestTracking;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod access_request_type;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::access_request_type::AccessRequestType;
#[cfg(feature = "certifications")]
mod access_review_item;
#[cfg(feature = "certifications")]
pub use self::access_review_item::AccessReviewItem;
#[cfg(feature = "certifications")]
mod access_review_reassignment;
#[cfg(feature = "certifications")]
pub use self::access_review_reassignment::AccessReviewReassignment;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
mod access_summary;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
pub use self::access_summary::{AccessSummary, AccessSummaryAccess};
#[cfg(feature = "o_auth_clients")]
mod access_type;
#[cfg(feature = "o_auth_clients")]
pub use self::access_type::AccessType;
#[cfg(feature = "accounts")]
mod account;
#[cfg(feature = "accounts")]
pub use self::account::{
    Account, AccountIdentity, AccountIdentityType, AccountOrigin, AccountSourceOwner,
    AccountSourceOwnerType,
};
#[cfg(feature = "lifecycle_states")]
mod account_action;
#[cfg(feature = "lifecycle_states")]
pub use self::account_action::{AccountAction, AccountActionAction};
#[cfg(feature = "account_activities")]
mod account_activity;
#[cfg(feature = "account_activities")]
pub use self::account_activity::AccountActivity;
#[cfg(feature = "account_activities")]
mod account_activity_approval_status;
#[cfg(feature = "account_activities")]
pub use self::account_activity_approval_status::AccountActivityApprovalStatus;
#[cfg(feature = "search")]
mod account_activity_documents;
#[cfg(feature = "search")]
pub use self::account_activity_documents::AccountActivityDocuments;
#[cfg(feature = "account_activities")]
mod account_activity_item;
#[cfg(feature = "account_activities")]
pub use self::account_activity_item::AccountActivityItem;
#[cfg(feature = "account_activities")]
mod account_activity_item_operation;
#[cfg(feature = "account_activities")]
pub use self::account_activity_item_operation::AccountActivityItemOperation;
#[cfg(feature = "search")]
mod account_activity_searched_item;
#[cfg(feature = "search")]
pub use self::account_activity_searched_item::AccountActivitySearchedItem;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod account_attribute;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::account_attribute::AccountAttribute;
#[cfg(feature = "accounts")]
mod account_attributes;
#[cfg(feature = "accounts")]
pub use self::account_attributes::AccountAttributes;
#[cfg(feature = "accounts")]
mod account_attributes_create;
#[cfg(feature = "accounts")]
pub use self::account_attributes_create::{
    AccountAttributesCreate, AccountAttributesCreateAttributes,
};
#[cfg(feature = "access_requests")]
mod account_item_ref;
#[cfg(feature = "access_requests")]
pub use self::account_item_ref::AccountItemRef;
#[cfg(feature = "search")]
mod account_request;
#[cfg(feature = "search")]
pub use self::account_request::{AccountRequest, AccountRequestResult};
#[cfg(feature = "account_activities")]
mod account_request_info;
#[cfg(feature = "account_activities")]
pub use self::account_request_info::AccountRequestInfo;
#[cfg(feature = "search")]
mod account_source;
#[cfg(feature = "search")]
pub use self::account_source::AccountSource;
#[cfg(feature = "accounts")]
mod account_toggle_request;
#[cfg(feature = "accounts")]
pub use self::account_toggle_request::AccountToggleRequest;
#[cfg(feature = "accounts")]
mod account_unlock_request;
#[cfg(feature = "accounts")]
pub use self::account_unlock_request::AccountUnlockRequest;
#[cfg(feature = "account_usages")]
mod account_usage;
#[cfg(feature = "account_usages")]
pub use self::account_usage::AccountUsage;
#[cfg(feature = "reports_data_extraction")]
mod accounts;
#[cfg(feature = "reports_data_extraction")]
pub use self::accounts::Accounts;
#[cfg(feature = "accounts")]
mod accounts_async_result;
#[cfg(feature = "accounts")]
pub use self::accounts_async_result::AccountsAsyncResult;
#[cfg(feature = "certification_campaigns")]
mod activate_campaign_options;
#[cfg(feature = "certification_campaigns")]
pub use self::activate_campaign_options::ActivateCampaignOptions;
#[cfg(feature = "search")]
mod activity_identity;
#[cfg(feature = "search")]
pub use self::activity_identity::ActivityIdentity;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
mod activity_insights;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
pub use self::activity_insights::{ActivityInsights, ActivityInsightsUsageDaysState};
#[cfg(any(feature = "access_profiles", feature = "accounts", feature = "roles"))]
mod additional_owner_ref;
#[cfg(any(feature = "access_profiles", feature = "accounts", feature = "roles"))]
pub use self::additional_owner_ref::{AdditionalOwnerRef, AdditionalOwnerRefType};
#[cfg(feature = "certification_campaigns")]
mod admin_review_reassign;
#[cfg(feature = "certification_campaigns")]
pub use self::admin_review_reassign::{
    AdminReviewReassign, AdminReviewReassignReassignTo, AdminReviewReassignReassignToType,
};
#[cfg(feature = "search")]
mod aggregation_result;
#[cfg(feature = "search")]
pub use self::aggregation_result::AggregationResult;
#[cfg(feature = "search")]
mod aggregation_type;
#[cfg(feature = "search")]
pub use self::aggregation_type::AggregationType;
#[cfg(feature = "search")]
mod aggregations;
#[cfg(feature = "search")]
pub use self::aggregations::Aggregations;
#[cfg(feature = "search")]
mod app;
#[cfg(feature = "search")]
pub use self::app::{App, AppAccount};
#[cfg(feature = "search")]
mod approval;
#[cfg(feature = "search")]
pub use self::approval::Approval;
#[cfg(feature = "search")]
mod approval_comment;
#[cfg(feature = "search")]
pub use self::approval_comment::ApprovalComment;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod approval_forward_history;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::approval_forward_history::ApprovalForwardHistory;
#[cfg(feature = "work_items")]
mod approval_items;
#[cfg(feature = "work_items")]
pub use self::approval_items::ApprovalItems;
#[cfg(feature = "access_requests")]
mod approval_reminder_and_escalation_config;
#[cfg(feature = "access_requests")]
pub use self::approval_reminder_and_escalation_config::ApprovalReminderAndEscalationConfig;
#[cfg(feature = "access_requests")]
mod approval_scheme;
#[cfg(feature = "access_requests")]
pub use self::approval_scheme::ApprovalScheme;
#[cfg(feature = "roles")]
mod approval_scheme_for_role;
#[cfg(feature = "roles")]
pub use self::approval_scheme_for_role::{
    ApprovalSchemeForRole, ApprovalSchemeForRoleApproverType,
};
#[cfg(feature = "non_employee_lifecycle_management")]
mod approval_status;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::approval_status::ApprovalStatus;
#[cfg(feature = "access_requests")]
mod approval_status_dto;
#[cfg(feature = "access_requests")]
pub use self::approval_status_dto::{
    ApprovalStatusDto, ApprovalStatusDtoOriginalOwner, ApprovalStatusDtoOriginalOwnerType,
};
#[cfg(feature = "access_request_approvals")]
mod approval_summary;
#[cfg(feature = "access_request_approvals")]
pub use self::approval_summary::ApprovalSummary;
#[cfg(feature = "sources")]
mod attribute_definition;
#[cfg(feature = "sources")]
pub use self::attribute_definition::{
    AttributeDefinition, AttributeDefinitionSchema, AttributeDefinitionSchemaType,
};
#[cfg(feature = "sources")]
mod attribute_definition_type;
#[cfg(feature = "sources")]
pub use self::attribute_definition_type::AttributeDefinitionType;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
mod attribute_dto;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
pub use self::attribute_dto::AttributeDto;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
mod attribute_dto_list;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
pub use self::attribute_dto_list::AttributeDtoList;
#[cfg(feature = "search")]
mod attribute_request;
#[cfg(feature = "search")]
pub use self::attribute_request::{AttributeRequest, AttributeRequestValue};
#[cfg(any(feature = "access_profiles", feature = "roles"))]
mod attribute_value_dto;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
pub use self::attribute_value_dto::{AttributeValueDto, AttributeValueDtoType};
#[cfg(feature = "auth_users")]
mod auth_user;
#[cfg(feature = "auth_users")]
pub use self::auth_user::{AuthUser, AuthUserCapabilitiesItem};
#[cfg(feature = "configuration_hub")]
mod backup_options;
#[cfg(feature = "configuration_hub")]
pub use self::backup_options::{BackupOptions, BackupOptionsIncludeTypesItem};
#[cfg(feature = "configuration_hub")]
mod backup_response;
#[cfg(feature = "configuration_hub")]
pub use self::backup_response::{
    BackupResponse, BackupResponseBackupType, BackupResponseCloudStorageStatus,
    BackupResponseHydrationStatus, BackupResponseStatus, BackupResponseType,
};
#[cfg(any(feature = "sources", feature = "transforms"))]
mod base64_decode;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::base64_decode::Base64Decode;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod base64_encode;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::base64_encode::Base64Encode;
#[cfg(feature = "unreferenced-schemas")]
mod base_access;
#[cfg(feature = "unreferenced-schemas")]
pub use self::base_access::BaseAccess;
#[cfg(any(feature = "search", feature = "unreferenced-schemas"))]
mod base_access_owner;
#[cfg(any(feature = "search", feature = "unreferenced-schemas"))]
pub use self::base_access_owner::{BaseAccessOwner, BaseAccessOwnerType};
#[cfg(feature = "search")]
mod base_access_profile;
#[cfg(feature = "search")]
pub use self::base_access_profile::BaseAccessProfile;
#[cfg(feature = "search")]
mod base_account;
#[cfg(feature = "search")]
pub use self::base_account::BaseAccount;
#[cfg(feature = "unreferenced-schemas")]
mod base_common_dto;
#[cfg(feature = "unreferenced-schemas")]
pub use self::base_common_dto::BaseCommonDto;
#[cfg(feature = "unreferenced-schemas")]
mod base_document;
#[cfg(feature = "unreferenced-schemas")]
pub use self::base_document::BaseDocument;
#[cfg(feature = "search")]
mod base_entitlement;
#[cfg(feature = "search")]
pub use self::base_entitlement::BaseEntitlement;
#[cfg(any(feature = "accounts", feature = "sources"))]
mod base_reference_dto;
#[cfg(any(feature = "accounts", feature = "sources"))]
pub use self::base_reference_dto::BaseReferenceDto;
#[cfg(feature = "search")]
mod base_segment;
#[cfg(feature = "search")]
pub use self::base_segment::BaseSegment;
#[cfg(feature = "service_desk_integration")]
mod before_provisioning_rule_dto;
#[cfg(feature = "service_desk_integration")]
pub use self::before_provisioning_rule_dto::{
    BeforeProvisioningRuleDto, BeforeProvisioningRuleDtoType,
};
#[cfg(
    any(feature = "saved_search", feature = "search", feature = "unreferenced-schemas")
)]
mod bound;
#[cfg(
    any(feature = "saved_search", feature = "search", feature = "unreferenced-schemas")
)]
pub use self::bound::Bound;
#[cfg(feature = "branding")]
mod branding_item;
#[cfg(feature = "branding")]
pub use self::branding_item::BrandingItem;
#[cfg(feature = "branding")]
mod branding_item_create;
#[cfg(feature = "branding")]
pub use self::branding_item_create::BrandingItemCreate;
#[cfg(feature = "search")]
mod bucket_aggregation;
#[cfg(feature = "search")]
pub use self::bucket_aggregation::BucketAggregation;
#[cfg(feature = "search")]
mod bucket_type;
#[cfg(feature = "search")]
pub use self::bucket_type::BucketType;
#[cfg(feature = "tagged_objects")]
mod bulk_add_tagged_object;
#[cfg(feature = "tagged_objects")]
pub use self::bulk_add_tagged_object::{
    BulkAddTaggedObject, BulkAddTaggedObjectOperation,
};
#[cfg(feature = "configuration_hub")]
mod bulk_create_object_mapping_request;
#[cfg(feature = "configuration_hub")]
pub use self::bulk_create_object_mapping_request::BulkCreateObjectMappingRequest;
#[cfg(feature = "configuration_hub")]
mod bulk_create_object_mapping_response;
#[cfg(feature = "configuration_hub")]
pub use self::bulk_create_object_mapping_response::BulkCreateObjectMappingResponse;
#[cfg(feature = "tagged_objects")]
mod bulk_remove_tagged_object;
#[cfg(feature = "tagged_objects")]
pub use self::bulk_remove_tagged_object::BulkRemoveTaggedObject;
#[cfg(feature = "tagged_objects")]
mod bulk_tagged_object_response;
#[cfg(feature = "tagged_objects")]
pub use self::bulk_tagged_object_response::BulkTaggedObjectResponse;
#[cfg(feature = "configuration_hub")]
mod bulk_update_object_mapping_request;
#[cfg(feature = "configuration_hub")]
pub use self::bulk_update_object_mapping_request::BulkUpdateObjectMappingRequest;
#[cfg(feature = "configuration_hub")]
mod bulk_update_object_mapping_response;
#[cfg(feature = "configuration_hub")]
pub use self::bulk_update_object_mapping_response::BulkUpdateObjectMappingResponse;
#[cfg(any(feature = "certification_campaigns", feature = "certifications"))]
mod campaign;
#[cfg(any(feature = "certification_campaigns", feature = "certifications"))]
pub use self::campaign::{
    Campaign, CampaignCampaignType, CampaignCorrelatedStatus,
    CampaignMandatoryCommentRequirement, CampaignType,
};
#[cfg(feature = "certification_campaigns")]
mod campaign_alert;
#[cfg(feature = "certification_campaigns")]
pub use self::campaign_alert::{CampaignAlert, CampaignAlertLevel};
#[cfg(feature = "certification_campaigns")]
mod campaign_complete_options;
#[cfg(feature = "certification_campaigns")]
pub use self::campaign_complete_options::{
    CampaignCompleteOptions, CampaignCompleteOptionsAutoCompleteAction,
};
#[cfg(feature = "certification_campaign_filters")]
mod campaign_filter_details;
#[cfg(feature = "certification_campaign_filters")]
pub use self::campaign_filter_details::{
    CampaignFilterDetails, CampaignFilterDetailsCriteriaListItem,
    CampaignFilterDetailsMode,
};
#[cfg(feature = "certification_campaigns")]
mod campaign_report;
#[cfg(feature = "certification_campaigns")]
pub use self::campaign_report::CampaignReport;
#[cfg(feature = "certification_campaigns")]
mod campaign_reports_configuration;
#[cfg(feature = "certification_campaigns")]
pub use self::campaign_reports_configuration::CampaignReportsConfiguration;
#[cfg(feature = "certification_campaigns")]
mod campaign_template;
#[cfg(feature = "certification_campaigns")]
pub use self::campaign_template::{
    CampaignTemplate, CampaignTemplateOwnerRef, CampaignTemplateOwnerRefType,
};
#[cfg(feature = "certification_campaigns")]
mod campaign_v3;
#[cfg(feature = "certification_campaigns")]
pub use self::campaign_v3::{
    CampaignV3, CampaignV3Filter, CampaignV3FilterType,
    CampaignV3MachineAccountCampaignInfo,
    CampaignV3MachineAccountCampaignInfoReviewerType,
    CampaignV3MandatoryCommentRequirement, CampaignV3RoleCompositionCampaignInfo,
    CampaignV3RoleCompositionCampaignInfoRemediatorRef,
    CampaignV3RoleCompositionCampaignInfoRemediatorRefType,
    CampaignV3RoleCompositionCampaignInfoReviewer,
    CampaignV3RoleCompositionCampaignInfoReviewerType, CampaignV3SearchCampaignInfo,
    CampaignV3SearchCampaignInfoReviewer, CampaignV3SearchCampaignInfoReviewerType,
    CampaignV3SearchCampaignInfoType, CampaignV3SourceOwnerCampaignInfo,
    CampaignV3SourcesWithOrphanEntitlementsItem,
    CampaignV3SourcesWithOrphanEntitlementsItemType,
};
#[cfg(feature = "certification_campaigns")]
mod campaigns_delete_request;
#[cfg(feature = "certification_campaigns")]
pub use self::campaigns_delete_request::CampaignsDeleteRequest;
#[cfg(feature = "access_requests")]
mod cancel_access_request;
#[cfg(feature = "access_requests")]
pub use self::cancel_access_request::CancelAccessRequest;
#[cfg(feature = "access_requests")]
mod cancelled_request_details;
#[cfg(feature = "access_requests")]
pub use self::cancelled_request_details::CancelledRequestDetails;
#[cfg(feature = "certifications")]
mod certification;
#[cfg(feature = "certifications")]
pub use self::certification::Certification;
#[cfg(feature = "certifications")]
mod certification_decision;
#[cfg(feature = "certifications")]
pub use self::certification_decision::CertificationDecision;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
mod certification_identity_summary;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
pub use self::certification_identity_summary::CertificationIdentitySummary;
#[cfg(feature = "certifications")]
mod certification_phase;
#[cfg(feature = "certifications")]
pub use self::certification_phase::CertificationPhase;
#[cfg(feature = "certifications")]
mod certification_reference;
#[cfg(feature = "certifications")]
pub use self::certification_reference::{
    CertificationReference, CertificationReferenceType,
};
#[cfg(any(feature = "certification_campaigns", feature = "certifications"))]
mod certification_task;
#[cfg(any(feature = "certification_campaigns", feature = "certifications"))]
pub use self::certification_task::{
    CertificationTask, CertificationTaskStatus, CertificationTaskTargetType,
    CertificationTaskType,
};
#[cfg(feature = "managed_clusters")]
mod client_log_configuration;
#[cfg(feature = "managed_clusters")]
pub use self::client_log_configuration::ClientLogConfiguration;
#[cfg(feature = "o_auth_clients")]
mod client_type;
#[cfg(feature = "o_auth_clients")]
pub use self::client_type::ClientType;
#[cfg(any(feature = "saved_search", feature = "unreferenced-schemas"))]
mod column;
#[cfg(any(feature = "saved_search", feature = "unreferenced-schemas"))]
pub use self::column::Column;
#[cfg(feature = "account_activities")]
mod comment;
#[cfg(feature = "account_activities")]
pub use self::comment::Comment;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod comment_dto;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::comment_dto::{CommentDto, CommentDtoAuthor, CommentDtoAuthorType};
#[cfg(feature = "access_request_approvals")]
mod completed_approval;
#[cfg(feature = "access_request_approvals")]
pub use self::completed_approval::{
    CompletedApproval, CompletedApprovalMaxPermittedAccessDuration,
    CompletedApprovalMaxPermittedAccessDurationTimeUnit,
    CompletedApprovalPreApprovalTriggerResult, CompletedApprovalRequestedFor,
    CompletedApprovalRequestedForType,
};
#[cfg(feature = "access_request_approvals")]
mod completed_approval_state;
#[cfg(feature = "access_request_approvals")]
pub use self::completed_approval_state::CompletedApprovalState;
#[cfg(feature = "account_activities")]
mod completion_status;
#[cfg(feature = "account_activities")]
pub use self::completion_status::CompletionStatus;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod concat;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::concat::Concat;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod conditional;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::conditional::Conditional;
#[cfg(feature = "identity_profiles")]
mod config_import_export_message;
#[cfg(feature = "identity_profiles")]
pub use self::config_import_export_message::ConfigImportExportMessage;
#[cfg(feature = "sod_policies")]
mod conflicting_access_criteria;
#[cfg(feature = "sod_policies")]
pub use self::conflicting_access_criteria::ConflictingAccessCriteria;
#[cfg(feature = "sod_policies")]
mod conflicting_access_criteria_request;
#[cfg(feature = "sod_policies")]
pub use self::conflicting_access_criteria_request::ConflictingAccessCriteriaRequest;
#[cfg(feature = "connectors")]
mod connector_detail;
#[cfg(feature = "connectors")]
pub use self::connector_detail::{ConnectorDetail, ConnectorDetailStatus};
#[cfg(feature = "workflows")]
mod create_external_execute_workflow_request;
#[cfg(feature = "workflows")]
pub use self::create_external_execute_workflow_request::CreateExternalExecuteWorkflowRequest;
#[cfg(feature = "workflows")]
mod create_external_execute_workflow_response;
#[cfg(feature = "workflows")]
pub use self::create_external_execute_workflow_response::CreateExternalExecuteWorkflowResponse;
#[cfg(feature = "o_auth_clients")]
mod create_o_auth_client_request;
#[cfg(feature = "o_auth_clients")]
pub use self::create_o_auth_client_request::CreateOAuthClientRequest;
#[cfg(feature = "o_auth_clients")]
mod create_o_auth_client_response;
#[cfg(feature = "o_auth_clients")]
pub use self::create_o_auth_client_response::CreateOAuthClientResponse;
#[cfg(feature = "personal_access_tokens")]
mod create_personal_access_token_request;
#[cfg(feature = "personal_access_tokens")]
pub use self::create_personal_access_token_request::CreatePersonalAccessTokenRequest;
#[cfg(feature = "personal_access_tokens")]
mod create_personal_access_token_response;
#[cfg(feature = "personal_access_tokens")]
pub use self::create_personal_access_token_response::CreatePersonalAccessTokenResponse;
#[cfg(feature = "saved_search")]
mod create_saved_search_request;
#[cfg(feature = "saved_search")]
pub use self::create_saved_search_request::CreateSavedSearchRequest;
#[cfg(feature = "scheduled_search")]
mod create_scheduled_search_request;
#[cfg(feature = "scheduled_search")]
pub use self::create_scheduled_search_request::CreateScheduledSearchRequest;
#[cfg(feature = "configuration_hub")]
mod create_uploaded_configuration_request;
#[cfg(feature = "configuration_hub")]
pub use self::create_uploaded_configuration_request::CreateUploadedConfigurationRequest;
#[cfg(feature = "certification_campaign_filters")]
mod criteria_type;
#[cfg(feature = "certification_campaign_filters")]
pub use self::criteria_type::CriteriaType;
#[cfg(feature = "connectors")]
mod custom_connector_create_request;
#[cfg(feature = "connectors")]
pub use self::custom_connector_create_request::{
    CustomConnectorCreateRequest, CustomConnectorCreateRequestStatus,
};
#[cfg(feature = "connectors")]
mod custom_connector_response_object;
#[cfg(feature = "connectors")]
pub use self::custom_connector_response_object::{
    CustomConnectorResponseObject, CustomConnectorResponseObjectStatus,
};
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
mod data_access;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
pub use self::data_access::{
    DataAccess, DataAccessCategoriesItem, DataAccessImpactScore, DataAccessPoliciesItem,
};
#[cfg(any(feature = "sources", feature = "transforms"))]
mod date_compare;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::date_compare::{
    DateCompare, DateCompareFirstDate, DateCompareOperator, DateCompareSecondDate,
};
#[cfg(any(feature = "sources", feature = "transforms"))]
mod date_format;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::date_format::{DateFormat, DateFormatInputFormat, DateFormatOutputFormat};
#[cfg(any(feature = "sources", feature = "transforms"))]
mod date_math;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::date_math::DateMath;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod decompose_diacritical_marks;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::decompose_diacritical_marks::DecomposeDiacriticalMarks;
#[cfg(feature = "mfa_configuration")]
mod delete_mfa_config_method;
#[cfg(feature = "mfa_configuration")]
pub use self::delete_mfa_config_method::DeleteMfaConfigMethod;
#[cfg(feature = "non_employee_lifecycle_management")]
mod delete_non_employee_records_in_bulk_request;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::delete_non_employee_records_in_bulk_request::DeleteNonEmployeeRecordsInBulkRequest;
#[cfg(feature = "sources")]
mod delete_source_response;
#[cfg(feature = "sources")]
pub use self::delete_source_response::{DeleteSourceResponse, DeleteSourceResponseType};
#[cfg(feature = "tagged_objects")]
mod delete_tagged_object_type;
#[cfg(feature = "tagged_objects")]
pub use self::delete_tagged_object_type::DeleteTaggedObjectType;
#[cfg(feature = "sources")]
mod dependant_app_connections;
#[cfg(feature = "sources")]
pub use self::dependant_app_connections::{
    DependantAppConnections, DependantAppConnectionsAccountSource,
    DependantAppConnectionsAccountSourcePasswordPoliciesItem,
};
#[cfg(feature = "sources")]
mod dependant_connections_missing_dto;
#[cfg(feature = "sources")]
pub use self::dependant_connections_missing_dto::{
    DependantConnectionsMissingDto, DependantConnectionsMissingDtoDependencyType,
};
#[cfg(feature = "roles")]
mod dimension_ref;
#[cfg(feature = "roles")]
pub use self::dimension_ref::{DimensionRef, DimensionRefType};
#[cfg(feature = "application_discovery")]
mod discovered_application;
#[cfg(feature = "application_discovery")]
pub use self::discovered_application::{
    DiscoveredApplication, DiscoveredApplicationRiskLevel,
};
#[cfg(feature = "search")]
mod display_reference;
#[cfg(feature = "search")]
pub use self::display_reference::DisplayReference;
#[cfg(feature = "unreferenced-schemas")]
mod document_fields;
#[cfg(feature = "unreferenced-schemas")]
pub use self::document_fields::DocumentFields;
#[cfg(any(feature = "search", feature = "unreferenced-schemas"))]
mod document_type;
#[cfg(any(feature = "search", feature = "unreferenced-schemas"))]
pub use self::document_type::DocumentType;
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "accounts",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "sources",
        feature = "unreferenced-schemas"
    )
)]
mod dto_type;
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "accounts",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "sources",
        feature = "unreferenced-schemas"
    )
)]
pub use self::dto_type::DtoType;
#[cfg(feature = "mfa_controller")]
mod duo_verification_request;
#[cfg(feature = "mfa_controller")]
pub use self::duo_verification_request::DuoVerificationRequest;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod e164phone;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::e164phone::E164phone;
#[cfg(feature = "lifecycle_states")]
mod email_notification_option;
#[cfg(feature = "lifecycle_states")]
pub use self::email_notification_option::EmailNotificationOption;
#[cfg(any(feature = "access_profiles", feature = "accounts"))]
mod entitlement;
#[cfg(any(feature = "access_profiles", feature = "accounts"))]
pub use self::entitlement::{
    Entitlement, EntitlementAccessModelMetadata, EntitlementOwner, EntitlementOwnerType,
    EntitlementSource,
};
#[cfg(feature = "search")]
mod entitlement_document;
#[cfg(feature = "search")]
pub use self::entitlement_document::EntitlementDocument;
#[cfg(feature = "search")]
mod entitlement_document_manually_updated_fields;
#[cfg(feature = "search")]
pub use self::entitlement_document_manually_updated_fields::EntitlementDocumentManuallyUpdatedFields;
#[cfg(feature = "search")]
mod entitlement_document_permissions_item;
#[cfg(feature = "search")]
pub use self::entitlement_document_permissions_item::EntitlementDocumentPermissionsItem;
#[cfg(feature = "search")]
mod entitlement_document_source;
#[cfg(feature = "search")]
pub use self::entitlement_document_source::EntitlementDocumentSource;
#[cfg(feature = "search")]
mod entitlement_documents;
#[cfg(feature = "search")]
pub use self::entitlement_documents::EntitlementDocuments;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
mod entitlement_ref;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
pub use self::entitlement_ref::{EntitlementRef, EntitlementRefType};
#[cfg(feature = "access_requests")]
mod entitlement_request_config;
#[cfg(feature = "access_requests")]
pub use self::entitlement_request_config::EntitlementRequestConfig;
#[cfg(feature = "search")]
mod entitlement_summary;
#[cfg(feature = "search")]
pub use self::entitlement_summary::EntitlementSummary;
mod error_message_dto;
pub use self::error_message_dto::ErrorMessageDto;
mod error_response_dto;
pub use self::error_response_dto::ErrorResponseDto;
#[cfg(feature = "search")]
mod event;
#[cfg(feature = "search")]
pub use self::event::Event;
#[cfg(feature = "search")]
mod event_actor;
#[cfg(feature = "search")]
pub use self::event_actor::EventActor;
#[cfg(feature = "search")]
mod event_documents;
#[cfg(feature = "search")]
pub use self::event_documents::EventDocuments;
#[cfg(feature = "search")]
mod event_target;
#[cfg(feature = "search")]
pub use self::event_target::EventTarget;
#[cfg(feature = "workflows")]
mod event_trigger_attributes;
#[cfg(feature = "workflows")]
pub use self::event_trigger_attributes::EventTriggerAttributes;
#[cfg(feature = "sod_violations")]
mod exception_access_criteria;
#[cfg(feature = "sod_violations")]
pub use self::exception_access_criteria::ExceptionAccessCriteria;
#[cfg(feature = "sod_violations")]
mod exception_criteria;
#[cfg(feature = "sod_violations")]
pub use self::exception_criteria::{
    ExceptionCriteria, ExceptionCriteriaCriteriaListItem,
    ExceptionCriteriaCriteriaListItemType,
};
#[cfg(feature = "unreferenced-schemas")]
mod exception_criteria_access;
#[cfg(feature = "unreferenced-schemas")]
pub use self::exception_criteria_access::ExceptionCriteriaAccess;
#[cfg(feature = "account_activities")]
mod execution_status;
#[cfg(feature = "account_activities")]
pub use self::execution_status::ExecutionStatus;
#[cfg(feature = "search")]
mod expansion_item;
#[cfg(feature = "search")]
pub use self::expansion_item::ExpansionItem;
#[cfg(feature = "segments")]
mod expression;
#[cfg(feature = "segments")]
pub use self::expression::{
    Expression, ExpressionChildrenItem, ExpressionChildrenItemOperator,
    ExpressionOperator,
};
#[cfg(feature = "workflows")]
mod external_trigger_attributes;
#[cfg(feature = "workflows")]
pub use self::external_trigger_attributes::ExternalTriggerAttributes;
#[cfg(feature = "unreferenced-schemas")]
mod federation_protocol_details;
#[cfg(feature = "unreferenced-schemas")]
pub use self::federation_protocol_details::FederationProtocolDetails;
#[cfg(
    any(feature = "global_tenant_security_settings", feature = "unreferenced-schemas")
)]
mod federation_protocol_details_role;
#[cfg(
    any(feature = "global_tenant_security_settings", feature = "unreferenced-schemas")
)]
pub use self::federation_protocol_details_role::FederationProtocolDetailsRole;
#[cfg(feature = "sources")]
mod field_details_dto;
#[cfg(feature = "sources")]
pub use self::field_details_dto::{FieldDetailsDto, FieldDetailsDtoType};
#[cfg(
    any(feature = "saved_search", feature = "search", feature = "unreferenced-schemas")
)]
mod filter;
#[cfg(
    any(feature = "saved_search", feature = "search", feature = "unreferenced-schemas")
)]
pub use self::filter::Filter;
#[cfg(feature = "search")]
mod filter_aggregation;
#[cfg(feature = "search")]
pub use self::filter_aggregation::FilterAggregation;
#[cfg(
    any(feature = "saved_search", feature = "search", feature = "unreferenced-schemas")
)]
mod filter_type;
#[cfg(
    any(feature = "saved_search", feature = "search", feature = "unreferenced-schemas")
)]
pub use self::filter_type::FilterType;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod first_valid;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::first_valid::FirstValid;
#[cfg(feature = "work_items")]
mod form_details;
#[cfg(feature = "work_items")]
pub use self::form_details::FormDetails;
#[cfg(feature = "unreferenced-schemas")]
mod form_item_details;
#[cfg(feature = "unreferenced-schemas")]
pub use self::form_item_details::FormItemDetails;
#[cfg(feature = "access_request_approvals")]
mod forward_approval_dto;
#[cfg(feature = "access_request_approvals")]
pub use self::forward_approval_dto::ForwardApprovalDto;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod generate_random_string;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::generate_random_string::GenerateRandomString;
#[cfg(feature = "certification_campaigns")]
mod get_active_campaigns_detail;
#[cfg(feature = "certification_campaigns")]
pub use self::get_active_campaigns_detail::GetActiveCampaignsDetail;
#[cfg(feature = "certification_campaigns")]
mod get_active_campaigns_response_item;
#[cfg(feature = "certification_campaigns")]
pub use self::get_active_campaigns_response_item::GetActiveCampaignsResponseItem;
#[cfg(feature = "certification_campaigns")]
mod get_campaign_detail;
#[cfg(feature = "certification_campaigns")]
pub use self::get_campaign_detail::GetCampaignDetail;
#[cfg(feature = "certification_campaigns")]
mod get_campaign_response;
#[cfg(feature = "certification_campaigns")]
pub use self::get_campaign_response::GetCampaignResponse;
#[cfg(feature = "connectors")]
mod get_connector_list_locale;
#[cfg(feature = "connectors")]
pub use self::get_connector_list_locale::GetConnectorListLocale;
#[cfg(feature = "connectors")]
mod get_connector_locale;
#[cfg(feature = "connectors")]
pub use self::get_connector_locale::GetConnectorLocale;
#[cfg(feature = "connectors")]
mod get_connector_translations_locale;
#[cfg(feature = "connectors")]
pub use self::get_connector_translations_locale::GetConnectorTranslationsLocale;
#[cfg(feature = "application_discovery")]
mod get_discovered_applications_detail;
#[cfg(feature = "application_discovery")]
pub use self::get_discovered_applications_detail::GetDiscoveredApplicationsDetail;
#[cfg(feature = "application_discovery")]
mod get_discovered_applications_response_item;
#[cfg(feature = "application_discovery")]
pub use self::get_discovered_applications_response_item::GetDiscoveredApplicationsResponseItem;
#[cfg(feature = "certification_summaries")]
mod get_identity_access_summaries_type;
#[cfg(feature = "certification_summaries")]
pub use self::get_identity_access_summaries_type::GetIdentityAccessSummariesType;
#[cfg(feature = "o_auth_clients")]
mod get_o_auth_client_response;
#[cfg(feature = "o_auth_clients")]
pub use self::get_o_auth_client_response::GetOAuthClientResponse;
#[cfg(feature = "personal_access_tokens")]
mod get_personal_access_token_response;
#[cfg(feature = "personal_access_tokens")]
pub use self::get_personal_access_token_response::GetPersonalAccessTokenResponse;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod get_reference_identity_attribute;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::get_reference_identity_attribute::GetReferenceIdentityAttribute;
#[cfg(feature = "reports_data_extraction")]
mod get_report_file_format;
#[cfg(feature = "reports_data_extraction")]
pub use self::get_report_file_format::GetReportFileFormat;
#[cfg(feature = "sources")]
mod get_source_schemas_include_types;
#[cfg(feature = "sources")]
pub use self::get_source_schemas_include_types::GetSourceSchemasIncludeTypes;
#[cfg(feature = "tagged_objects")]
mod get_tagged_object_type;
#[cfg(feature = "tagged_objects")]
pub use self::get_tagged_object_type::GetTaggedObjectType;
#[cfg(feature = "o_auth_clients")]
mod grant_type;
#[cfg(feature = "o_auth_clients")]
pub use self::grant_type::GrantType;
#[cfg(feature = "reports_data_extraction")]
mod identities;
#[cfg(feature = "reports_data_extraction")]
pub use self::identities::Identities;
#[cfg(feature = "reports_data_extraction")]
mod identities_details;
#[cfg(feature = "reports_data_extraction")]
pub use self::identities_details::IdentitiesDetails;
#[cfg(feature = "search")]
mod identity_access;
#[cfg(feature = "search")]
pub use self::identity_access::IdentityAccess;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod identity_attribute;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::identity_attribute::IdentityAttribute;
#[cfg(feature = "identity_profiles")]
mod identity_attribute_config;
#[cfg(feature = "identity_profiles")]
pub use self::identity_attribute_config::IdentityAttributeConfig;
#[cfg(feature = "identity_profiles")]
mod identity_attribute_preview;
#[cfg(feature = "identity_profiles")]
pub use self::identity_attribute_preview::IdentityAttributePreview;
#[cfg(feature = "identity_profiles")]
mod identity_attribute_transform;
#[cfg(feature = "identity_profiles")]
pub use self::identity_attribute_transform::IdentityAttributeTransform;
#[cfg(feature = "certification_summaries")]
mod identity_cert_decision_summary;
#[cfg(feature = "certification_summaries")]
pub use self::identity_cert_decision_summary::IdentityCertDecisionSummary;
#[cfg(feature = "search")]
mod identity_document;
#[cfg(feature = "search")]
pub use self::identity_document::IdentityDocument;
#[cfg(feature = "search")]
mod identity_document_identity_profile;
#[cfg(feature = "search")]
pub use self::identity_document_identity_profile::IdentityDocumentIdentityProfile;
#[cfg(feature = "search")]
mod identity_document_manager;
#[cfg(feature = "search")]
pub use self::identity_document_manager::IdentityDocumentManager;
#[cfg(feature = "search")]
mod identity_document_source;
#[cfg(feature = "search")]
pub use self::identity_document_source::IdentityDocumentSource;
#[cfg(feature = "search")]
mod identity_documents;
#[cfg(feature = "search")]
pub use self::identity_documents::IdentityDocuments;
#[cfg(feature = "identity_profiles")]
mod identity_exception_report_reference;
#[cfg(feature = "identity_profiles")]
pub use self::identity_exception_report_reference::IdentityExceptionReportReference;
#[cfg(feature = "identity_profiles")]
mod identity_preview_request;
#[cfg(feature = "identity_profiles")]
pub use self::identity_preview_request::IdentityPreviewRequest;
#[cfg(feature = "identity_profiles")]
mod identity_preview_response;
#[cfg(feature = "identity_profiles")]
pub use self::identity_preview_response::{
    IdentityPreviewResponse, IdentityPreviewResponseIdentity,
    IdentityPreviewResponseIdentityType,
};
#[cfg(feature = "identity_profiles")]
mod identity_profile;
#[cfg(feature = "identity_profiles")]
pub use self::identity_profile::{
    IdentityProfile, IdentityProfileAuthoritativeSource,
    IdentityProfileAuthoritativeSourceType, IdentityProfileOwner,
    IdentityProfileOwnerType,
};
#[cfg(feature = "identity_profiles")]
mod identity_profile_exported_object;
#[cfg(feature = "identity_profiles")]
pub use self::identity_profile_exported_object::{
    IdentityProfileExportedObject, IdentityProfileExportedObjectSelf,
    IdentityProfileExportedObjectSelfType,
};
#[cfg(feature = "reports_data_extraction")]
mod identity_profile_identity_error;
#[cfg(feature = "reports_data_extraction")]
pub use self::identity_profile_identity_error::IdentityProfileIdentityError;
#[cfg(feature = "sources")]
mod identity_profiles_connections;
#[cfg(feature = "sources")]
pub use self::identity_profiles_connections::IdentityProfilesConnections;
#[cfg(any(feature = "public_identities", feature = "public_identities_config"))]
mod identity_reference;
#[cfg(any(feature = "public_identities", feature = "public_identities_config"))]
pub use self::identity_reference::IdentityReference;
#[cfg(
    any(
        feature = "access_requests",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "requestable_objects"
    )
)]
mod identity_reference_with_name_and_email;
#[cfg(
    any(
        feature = "access_requests",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "requestable_objects"
    )
)]
pub use self::identity_reference_with_name_and_email::IdentityReferenceWithNameAndEmail;
#[cfg(feature = "account_activities")]
mod identity_summary;
#[cfg(feature = "account_activities")]
pub use self::identity_summary::IdentitySummary;
#[cfg(feature = "sod_violations")]
mod identity_with_new_access;
#[cfg(feature = "sod_violations")]
pub use self::identity_with_new_access::{
    IdentityWithNewAccess, IdentityWithNewAccessAccessRefsItem,
    IdentityWithNewAccessAccessRefsItemType,
};
#[cfg(feature = "global_tenant_security_settings")]
mod idp_details;
#[cfg(feature = "global_tenant_security_settings")]
pub use self::idp_details::IdpDetails;
#[cfg(feature = "sources")]
mod import_accounts_schema_request;
#[cfg(feature = "sources")]
pub use self::import_accounts_schema_request::ImportAccountsSchemaRequest;
#[cfg(feature = "sources")]
mod import_connector_file_request;
#[cfg(feature = "sources")]
pub use self::import_connector_file_request::ImportConnectorFileRequest;
#[cfg(feature = "sources")]
mod import_entitlements_schema_request;
#[cfg(feature = "sources")]
pub use self::import_entitlements_schema_request::ImportEntitlementsSchemaRequest;
#[cfg(feature = "non_employee_lifecycle_management")]
mod import_non_employee_records_in_bulk_request;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::import_non_employee_records_in_bulk_request::ImportNonEmployeeRecordsInBulkRequest;
#[cfg(feature = "identity_profiles")]
mod import_object;
#[cfg(feature = "identity_profiles")]
pub use self::import_object::{ImportObject, ImportObjectType};
#[cfg(feature = "identity_profiles")]
mod import_object_response_body;
#[cfg(feature = "identity_profiles")]
pub use self::import_object_response_body::ImportObjectResponseBody;
#[cfg(
    any(
        feature = "reports_data_extraction",
        feature = "saved_search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
mod index;
#[cfg(
    any(
        feature = "reports_data_extraction",
        feature = "saved_search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
pub use self::index::Index;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod index_of;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::index_of::IndexOf;
#[cfg(feature = "search")]
mod index_parameter;
#[cfg(feature = "search")]
pub use self::index_parameter::IndexParameter;
#[cfg(feature = "search")]
mod inner_hit;
#[cfg(feature = "search")]
pub use self::inner_hit::InnerHit;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod iso3166;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::iso3166::Iso3166;
#[cfg(feature = "global_tenant_security_settings")]
mod jit_configuration;
#[cfg(feature = "global_tenant_security_settings")]
pub use self::jit_configuration::JitConfiguration;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "auth_users",
        feature = "certification_campaigns",
        feature = "configuration_hub",
        feature = "connectors",
        feature = "global_tenant_security_settings",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "non_employee_lifecycle_management",
        feature = "o_auth_clients",
        feature = "personal_access_tokens",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "service_desk_integration",
        feature = "sod_policies",
        feature = "sources",
        feature = "workflows"
    )
)]
mod json_patch_operation;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "auth_users",
        feature = "certification_campaigns",
        feature = "configuration_hub",
        feature = "connectors",
        feature = "global_tenant_security_settings",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "non_employee_lifecycle_management",
        feature = "o_auth_clients",
        feature = "personal_access_tokens",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "service_desk_integration",
        feature = "sod_policies",
        feature = "sources",
        feature = "workflows"
    )
)]
pub use self::json_patch_operation::{
    JsonPatchOperation, JsonPatchOperationOp, JsonPatchOperationValue,
    JsonPatchOperationValueVariant5Item,
};
#[cfg(any(feature = "mfa_configuration", feature = "mfa_controller"))]
mod kba_answer_request_item;
#[cfg(any(feature = "mfa_configuration", feature = "mfa_controller"))]
pub use self::kba_answer_request_item::KbaAnswerRequestItem;
#[cfg(feature = "mfa_configuration")]
mod kba_answer_response_item;
#[cfg(feature = "mfa_configuration")]
pub use self::kba_answer_response_item::KbaAnswerResponseItem;
#[cfg(feature = "mfa_controller")]
mod kba_auth_response;
#[cfg(feature = "mfa_controller")]
pub use self::kba_auth_response::{KbaAuthResponse, KbaAuthResponseStatus};
#[cfg(feature = "mfa_controller")]
mod kba_auth_response_item;
#[cfg(feature = "mfa_controller")]
pub use self::kba_auth_response_item::KbaAuthResponseItem;
#[cfg(feature = "mfa_configuration")]
mod kba_question;
#[cfg(feature = "mfa_configuration")]
pub use self::kba_question::KbaQuestion;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod left_pad;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::left_pad::LeftPad;
#[cfg(feature = "lifecycle_states")]
mod lifecycle_state;
#[cfg(feature = "lifecycle_states")]
pub use self::lifecycle_state::LifecycleState;
#[cfg(feature = "lifecycle_states")]
mod lifecyclestate_deleted;
#[cfg(feature = "lifecycle_states")]
pub use self::lifecyclestate_deleted::{LifecyclestateDeleted, LifecyclestateDeletedType};
#[cfg(feature = "accounts")]
mod list_accounts_detail_level;
#[cfg(feature = "accounts")]
pub use self::list_accounts_detail_level::ListAccountsDetailLevel;
#[cfg(feature = "certification_campaign_filters")]
mod list_campaign_filters_response;
#[cfg(feature = "certification_campaign_filters")]
pub use self::list_campaign_filters_response::ListCampaignFiltersResponse;
#[cfg(feature = "workflows")]
mod list_complete_workflow_library_response_item;
#[cfg(feature = "workflows")]
pub use self::list_complete_workflow_library_response_item::ListCompleteWorkflowLibraryResponseItem;
#[cfg(feature = "requestable_objects")]
mod list_requestable_objects_types_item;
#[cfg(feature = "requestable_objects")]
pub use self::list_requestable_objects_types_item::ListRequestableObjectsTypesItem;
#[cfg(feature = "tagged_objects")]
mod list_tagged_objects_by_type_type;
#[cfg(feature = "tagged_objects")]
pub use self::list_tagged_objects_by_type_type::ListTaggedObjectsByTypeType;
mod locale_origin;
pub use self::locale_origin::LocaleOrigin;
#[cfg(feature = "global_tenant_security_settings")]
mod lockout_configuration;
#[cfg(feature = "global_tenant_security_settings")]
pub use self::lockout_configuration::LockoutConfiguration;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod lookup;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::lookup::Lookup;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod lower;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::lower::Lower;
#[cfg(feature = "managed_clients")]
mod managed_client;
#[cfg(feature = "managed_clients")]
pub use self::managed_client::{
    ManagedClient, ManagedClientClusterType, ManagedClientProvisionStatus,
    ManagedClientStatus2,
};
#[cfg(feature = "managed_clients")]
mod managed_client_request;
#[cfg(feature = "managed_clients")]
pub use self::managed_client_request::ManagedClientRequest;
#[cfg(feature = "managed_clients")]
mod managed_client_status;
#[cfg(feature = "managed_clients")]
pub use self::managed_client_status::ManagedClientStatus;
#[cfg(feature = "managed_clients")]
mod managed_client_status_code;
#[cfg(feature = "managed_clients")]
pub use self::managed_client_status_code::ManagedClientStatusCode;
#[cfg(any(feature = "managed_clients", feature = "managed_clusters"))]
mod managed_client_type;
#[cfg(any(feature = "managed_clients", feature = "managed_clusters"))]
pub use self::managed_client_type::ManagedClientType;
#[cfg(feature = "managed_clusters")]
mod managed_cluster;
#[cfg(feature = "managed_clusters")]
pub use self::managed_cluster::{
    ManagedCluster, ManagedClusterConsolidatedHealthIndicatorsStatus,
    ManagedClusterStatus, ManagedClusterUpdatePreferences,
    ManagedClusterUpdatePreferencesUpdateState,
};
#[cfg(feature = "managed_clusters")]
mod managed_cluster_attributes;
#[cfg(feature = "managed_clusters")]
pub use self::managed_cluster_attributes::ManagedClusterAttributes;
#[cfg(feature = "managed_clusters")]
mod managed_cluster_encryption_configuration;
#[cfg(feature = "managed_clusters")]
pub use self::managed_cluster_encryption_configuration::{
    ManagedClusterEncryptionConfiguration, ManagedClusterEncryptionConfigurationFormat,
};
#[cfg(feature = "managed_clusters")]
mod managed_cluster_key_pair;
#[cfg(feature = "managed_clusters")]
pub use self::managed_cluster_key_pair::ManagedClusterKeyPair;
#[cfg(feature = "managed_clusters")]
mod managed_cluster_queue;
#[cfg(feature = "managed_clusters")]
pub use self::managed_cluster_queue::ManagedClusterQueue;
#[cfg(feature = "managed_clusters")]
mod managed_cluster_redis;
#[cfg(feature = "managed_clusters")]
pub use self::managed_cluster_redis::ManagedClusterRedis;
#[cfg(feature = "managed_clusters")]
mod managed_cluster_request;
#[cfg(feature = "managed_clusters")]
pub use self::managed_cluster_request::ManagedClusterRequest;
#[cfg(feature = "managed_clusters")]
mod managed_cluster_types;
#[cfg(feature = "managed_clusters")]
pub use self::managed_cluster_types::ManagedClusterTypes;
#[cfg(feature = "sources")]
mod manager_correlation_mapping;
#[cfg(feature = "sources")]
pub use self::manager_correlation_mapping::ManagerCorrelationMapping;
#[cfg(feature = "application_discovery")]
mod manual_discover_applications;
#[cfg(feature = "application_discovery")]
pub use self::manual_discover_applications::ManualDiscoverApplications;
#[cfg(feature = "application_discovery")]
mod manual_discover_applications_template;
#[cfg(feature = "application_discovery")]
pub use self::manual_discover_applications_template::ManualDiscoverApplicationsTemplate;
#[cfg(feature = "access_requests")]
mod manual_work_item_details;
#[cfg(feature = "access_requests")]
pub use self::manual_work_item_details::{
    ManualWorkItemDetails, ManualWorkItemDetailsCurrentOwner,
    ManualWorkItemDetailsCurrentOwnerType, ManualWorkItemDetailsOriginalOwner,
    ManualWorkItemDetailsOriginalOwnerType,
};
#[cfg(feature = "access_requests")]
mod manual_work_item_state;
#[cfg(feature = "access_requests")]
pub use self::manual_work_item_state::ManualWorkItemState;
#[cfg(feature = "search")]
mod metric_aggregation;
#[cfg(feature = "search")]
pub use self::metric_aggregation::MetricAggregation;
#[cfg(feature = "search")]
mod metric_type;
#[cfg(feature = "search")]
pub use self::metric_type::MetricType;
#[cfg(feature = "mfa_configuration")]
mod mfa_config_test_response;
#[cfg(feature = "mfa_configuration")]
pub use self::mfa_config_test_response::{
    MfaConfigTestResponse, MfaConfigTestResponseState,
};
#[cfg(feature = "mfa_configuration")]
mod mfa_duo_config;
#[cfg(feature = "mfa_configuration")]
pub use self::mfa_duo_config::MfaDuoConfig;
#[cfg(feature = "mfa_configuration")]
mod mfa_okta_config;
#[cfg(feature = "mfa_configuration")]
pub use self::mfa_okta_config::MfaOktaConfig;
#[cfg(feature = "sod_policies")]
mod multi_policy_request;
#[cfg(feature = "sod_policies")]
pub use self::multi_policy_request::MultiPolicyRequest;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod name_normalizer;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::name_normalizer::NameNormalizer;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod named_construct;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::named_construct::NamedConstruct;
#[cfg(feature = "search")]
mod nested_aggregation;
#[cfg(feature = "search")]
pub use self::nested_aggregation::NestedAggregation;
#[cfg(feature = "global_tenant_security_settings")]
mod network_configuration;
#[cfg(feature = "global_tenant_security_settings")]
pub use self::network_configuration::NetworkConfiguration;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_approval_decision;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_approval_decision::NonEmployeeApprovalDecision;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_approval_item;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_approval_item::NonEmployeeApprovalItem;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_approval_item_base;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_approval_item_base::NonEmployeeApprovalItemBase;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_approval_item_detail;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_approval_item_detail::NonEmployeeApprovalItemDetail;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_approval_summary;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_approval_summary::NonEmployeeApprovalSummary;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_bulk_upload_job;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_bulk_upload_job::{
    NonEmployeeBulkUploadJob, NonEmployeeBulkUploadJobStatus,
};
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_bulk_upload_status;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_bulk_upload_status::{
    NonEmployeeBulkUploadStatus, NonEmployeeBulkUploadStatusStatus,
};
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_identity_dto_type;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_identity_dto_type::NonEmployeeIdentityDtoType;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_identity_reference_with_id;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_identity_reference_with_id::NonEmployeeIdentityReferenceWithId;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_idn_user_request;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_idn_user_request::NonEmployeeIdnUserRequest;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_record;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_record::NonEmployeeRecord;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_reject_approval_decision;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_reject_approval_decision::NonEmployeeRejectApprovalDecision;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_request;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_request::NonEmployeeRequest;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_request_body;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_request_body::NonEmployeeRequestBody;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_request_lite;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_request_lite::NonEmployeeRequestLite;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_request_summary;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_request_summary::NonEmployeeRequestSummary;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_request_without_approval_item;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_request_without_approval_item::NonEmployeeRequestWithoutApprovalItem;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_schema_attribute;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_schema_attribute::NonEmployeeSchemaAttribute;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_schema_attribute_body;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_schema_attribute_body::NonEmployeeSchemaAttributeBody;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_schema_attribute_type;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_schema_attribute_type::NonEmployeeSchemaAttributeType;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_source;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_source::NonEmployeeSource;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_source_lite;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_source_lite::NonEmployeeSourceLite;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_source_lite_with_schema_attributes;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_source_lite_with_schema_attributes::NonEmployeeSourceLiteWithSchemaAttributes;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_source_request_body;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_source_request_body::NonEmployeeSourceRequestBody;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_source_with_cloud_external_id;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_source_with_cloud_external_id::NonEmployeeSourceWithCloudExternalId;
#[cfg(feature = "non_employee_lifecycle_management")]
mod non_employee_source_with_ne_count;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::non_employee_source_with_ne_count::NonEmployeeSourceWithNeCount;
#[cfg(feature = "configuration_hub")]
mod object_export_import_names;
#[cfg(feature = "configuration_hub")]
pub use self::object_export_import_names::ObjectExportImportNames;
#[cfg(feature = "configuration_hub")]
mod object_mapping_request;
#[cfg(feature = "configuration_hub")]
pub use self::object_mapping_request::{
    ObjectMappingRequest, ObjectMappingRequestObjectType,
};
#[cfg(feature = "configuration_hub")]
mod object_mapping_response;
#[cfg(feature = "configuration_hub")]
pub use self::object_mapping_response::{
    ObjectMappingResponse, ObjectMappingResponseObjectType,
};
#[cfg(feature = "mfa_controller")]
mod okta_verification_request;
#[cfg(feature = "mfa_controller")]
pub use self::okta_verification_request::OktaVerificationRequest;
#[cfg(feature = "certification_campaign_filters")]
mod operation;
#[cfg(feature = "certification_campaign_filters")]
pub use self::operation::Operation;
#[cfg(feature = "search")]
mod original_request;
#[cfg(feature = "search")]
pub use self::original_request::OriginalRequest;
#[cfg(feature = "reports_data_extraction")]
mod orphan_identities;
#[cfg(feature = "reports_data_extraction")]
pub use self::orphan_identities::{OrphanIdentities, OrphanIdentitiesSelectedFormatsItem};
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "service_desk_integration"
    )
)]
mod owner_dto;
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "service_desk_integration"
    )
)]
pub use self::owner_dto::{OwnerDto, OwnerDtoType};
#[cfg(any(feature = "access_profiles", feature = "roles"))]
mod owner_reference;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
pub use self::owner_reference::{OwnerReference, OwnerReferenceType};
#[cfg(feature = "segments")]
mod owner_reference_segments;
#[cfg(feature = "segments")]
pub use self::owner_reference_segments::{
    OwnerReferenceSegments, OwnerReferenceSegmentsType,
};
#[cfg(feature = "search")]
mod owns;
#[cfg(feature = "search")]
pub use self::owns::Owns;
#[cfg(feature = "password_management")]
mod password_change_request;
#[cfg(feature = "password_management")]
pub use self::password_change_request::PasswordChangeRequest;
#[cfg(feature = "password_management")]
mod password_change_response;
#[cfg(feature = "password_management")]
pub use self::password_change_response::{
    PasswordChangeResponse, PasswordChangeResponseState,
};
#[cfg(feature = "password_management")]
mod password_info;
#[cfg(feature = "password_management")]
pub use self::password_info::PasswordInfo;
#[cfg(feature = "password_management")]
mod password_info_account;
#[cfg(feature = "password_management")]
pub use self::password_info_account::PasswordInfoAccount;
#[cfg(feature = "password_management")]
mod password_info_query_dto;
#[cfg(feature = "password_management")]
pub use self::password_info_query_dto::PasswordInfoQueryDto;
#[cfg(feature = "password_configuration")]
mod password_org_config;
#[cfg(feature = "password_configuration")]
pub use self::password_org_config::PasswordOrgConfig;
#[cfg(feature = "password_policies")]
mod password_policy_v3_dto;
#[cfg(feature = "password_policies")]
pub use self::password_policy_v3_dto::PasswordPolicyV3Dto;
#[cfg(feature = "password_management")]
mod password_status;
#[cfg(feature = "password_management")]
pub use self::password_status::{PasswordStatus, PasswordStatusState};
#[cfg(feature = "password_sync_groups")]
mod password_sync_group;
#[cfg(feature = "password_sync_groups")]
pub use self::password_sync_group::PasswordSyncGroup;
#[cfg(feature = "personal_access_tokens")]
mod pat_owner;
#[cfg(feature = "personal_access_tokens")]
pub use self::pat_owner::{PatOwner, PatOwnerType};
#[cfg(feature = "access_request_approvals")]
mod pending_approval;
#[cfg(feature = "access_request_approvals")]
pub use self::pending_approval::{
    PendingApproval, PendingApprovalMaxPermittedAccessDuration,
    PendingApprovalMaxPermittedAccessDurationTimeUnit, PendingApprovalOwner,
    PendingApprovalOwnerType,
};
#[cfg(feature = "access_request_approvals")]
mod pending_approval_action;
#[cfg(feature = "access_request_approvals")]
pub use self::pending_approval_action::PendingApprovalAction;
#[cfg(
    any(feature = "access_profiles", feature = "accounts", feature = "certifications")
)]
mod permission_dto;
#[cfg(
    any(feature = "access_profiles", feature = "accounts", feature = "certifications")
)]
pub use self::permission_dto::PermissionDto;
#[cfg(feature = "mfa_controller")]
mod ping_verification_status_method;
#[cfg(feature = "mfa_controller")]
pub use self::ping_verification_status_method::PingVerificationStatusMethod;
#[cfg(feature = "access_requests")]
mod pre_approval_trigger_details;
#[cfg(feature = "access_requests")]
pub use self::pre_approval_trigger_details::{
    PreApprovalTriggerDetails, PreApprovalTriggerDetailsDecision,
};
#[cfg(feature = "search")]
mod processing_details;
#[cfg(feature = "search")]
pub use self::processing_details::ProcessingDetails;
#[cfg(feature = "service_desk_integration")]
mod provisioning_config;
#[cfg(feature = "service_desk_integration")]
pub use self::provisioning_config::{
    ProvisioningConfig, ProvisioningConfigPlanInitializerScript,
};
#[cfg(feature = "access_profiles")]
mod provisioning_criteria_level1;
#[cfg(feature = "access_profiles")]
pub use self::provisioning_criteria_level1::ProvisioningCriteriaLevel1;
#[cfg(feature = "access_profiles")]
mod provisioning_criteria_level2;
#[cfg(feature = "access_profiles")]
pub use self::provisioning_criteria_level2::ProvisioningCriteriaLevel2;
#[cfg(feature = "access_profiles")]
mod provisioning_criteria_level3;
#[cfg(feature = "access_profiles")]
pub use self::provisioning_criteria_level3::ProvisioningCriteriaLevel3;
#[cfg(feature = "access_profiles")]
mod provisioning_criteria_operation;
#[cfg(feature = "access_profiles")]
pub use self::provisioning_criteria_operation::ProvisioningCriteriaOperation;
#[cfg(feature = "access_requests")]
mod provisioning_details;
#[cfg(feature = "access_requests")]
pub use self::provisioning_details::ProvisioningDetails;
#[cfg(feature = "sources")]
mod provisioning_policy;
#[cfg(feature = "sources")]
pub use self::provisioning_policy::ProvisioningPolicy;
#[cfg(feature = "account_activities")]
mod provisioning_state;
#[cfg(feature = "account_activities")]
pub use self::provisioning_state::ProvisioningState;
#[cfg(feature = "public_identities")]
mod public_identity;
#[cfg(feature = "public_identities")]
pub use self::public_identity::{
    PublicIdentity, PublicIdentityAttributesItem, PublicIdentityIdentityState,
};
#[cfg(feature = "public_identities_config")]
mod public_identity_attribute_config;
#[cfg(feature = "public_identities_config")]
pub use self::public_identity_attribute_config::PublicIdentityAttributeConfig;
#[cfg(feature = "public_identities_config")]
mod public_identity_config;
#[cfg(feature = "public_identities_config")]
pub use self::public_identity_config::PublicIdentityConfig;
#[cfg(feature = "managed_clusters")]
mod put_client_log_configuration_request;
#[cfg(feature = "managed_clusters")]
pub use self::put_client_log_configuration_request::PutClientLogConfigurationRequest;
#[cfg(feature = "connectors")]
mod put_connector_source_config_request;
#[cfg(feature = "connectors")]
pub use self::put_connector_source_config_request::PutConnectorSourceConfigRequest;
#[cfg(feature = "connectors")]
mod put_connector_source_template_request;
#[cfg(feature = "connectors")]
pub use self::put_connector_source_template_request::PutConnectorSourceTemplateRequest;
#[cfg(feature = "connectors")]
mod put_connector_translations_locale;
#[cfg(feature = "connectors")]
pub use self::put_connector_translations_locale::PutConnectorTranslationsLocale;
#[cfg(feature = "password_dictionary")]
mod put_password_dictionary_request;
#[cfg(feature = "password_dictionary")]
pub use self::put_password_dictionary_request::PutPasswordDictionaryRequest;
#[cfg(feature = "tagged_objects")]
mod put_tagged_object_type;
#[cfg(feature = "tagged_objects")]
pub use self::put_tagged_object_type::PutTaggedObjectType;
#[cfg(feature = "search")]
mod query;
#[cfg(feature = "search")]
pub use self::query::Query;
#[cfg(feature = "search")]
mod query_result_filter;
#[cfg(feature = "search")]
pub use self::query_result_filter::QueryResultFilter;
#[cfg(feature = "search")]
mod query_type;
#[cfg(feature = "search")]
pub use self::query_type::QueryType;
#[cfg(feature = "service_desk_integration")]
mod queued_check_config_details;
#[cfg(feature = "service_desk_integration")]
pub use self::queued_check_config_details::QueuedCheckConfigDetails;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod random_alpha_numeric;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::random_alpha_numeric::RandomAlphaNumeric;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod random_numeric;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::random_numeric::RandomNumeric;
#[cfg(
    any(feature = "saved_search", feature = "search", feature = "unreferenced-schemas")
)]
mod range;
#[cfg(
    any(feature = "saved_search", feature = "search", feature = "unreferenced-schemas")
)]
pub use self::range::Range;
#[cfg(feature = "certifications")]
mod reassignment;
#[cfg(feature = "certifications")]
pub use self::reassignment::Reassignment;
#[cfg(feature = "certifications")]
mod reassignment_reference;
#[cfg(feature = "certifications")]
pub use self::reassignment_reference::{ReassignmentReference, ReassignmentReferenceType};
#[cfg(any(feature = "certification_campaigns", feature = "certifications"))]
mod reassignment_trail_dto;
#[cfg(any(feature = "certification_campaigns", feature = "certifications"))]
pub use self::reassignment_trail_dto::ReassignmentTrailDto;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod reassignment_type;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::reassignment_type::ReassignmentType;
#[cfg(feature = "accounts")]
mod recommendation;
#[cfg(feature = "accounts")]
pub use self::recommendation::{Recommendation, RecommendationMethod, RecommendationType};
#[cfg(any(feature = "sources", feature = "transforms"))]
mod reference;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::reference::Reference;
#[cfg(feature = "search")]
mod reference_v3;
#[cfg(feature = "search")]
pub use self::reference_v3::ReferenceV3;
#[cfg(feature = "work_items")]
mod remediation_items;
#[cfg(feature = "work_items")]
pub use self::remediation_items::RemediationItems;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod replace;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::replace::Replace;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod replace_all;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::replace_all::ReplaceAll;
#[cfg(feature = "reports_data_extraction")]
mod report_details;
#[cfg(feature = "reports_data_extraction")]
pub use self::report_details::{
    ReportDetails, ReportDetailsArguments, ReportDetailsReportType,
};
#[cfg(feature = "sod_policies")]
mod report_result_reference;
#[cfg(feature = "sod_policies")]
pub use self::report_result_reference::ReportResultReference;
#[cfg(any(feature = "certification_campaigns", feature = "sod_policies"))]
mod report_result_reference_status;
#[cfg(any(feature = "certification_campaigns", feature = "sod_policies"))]
pub use self::report_result_reference_status::ReportResultReferenceStatus;
#[cfg(feature = "reports_data_extraction")]
mod report_results;
#[cfg(feature = "reports_data_extraction")]
pub use self::report_results::{
    ReportResults, ReportResultsAvailableFormatsItem, ReportResultsReportType,
    ReportResultsStatus,
};
#[cfg(feature = "certification_campaigns")]
mod report_type;
#[cfg(feature = "certification_campaigns")]
pub use self::report_type::ReportType;
#[cfg(feature = "access_requests")]
mod request_on_behalf_of_config;
#[cfg(feature = "access_requests")]
pub use self::request_on_behalf_of_config::RequestOnBehalfOfConfig;
#[cfg(feature = "access_profiles")]
mod requestability;
#[cfg(feature = "access_profiles")]
pub use self::requestability::Requestability;
#[cfg(feature = "roles")]
mod requestability_for_role;
#[cfg(feature = "roles")]
pub use self::requestability_for_role::RequestabilityForRole;
#[cfg(feature = "requestable_objects")]
mod requestable_object;
#[cfg(feature = "requestable_objects")]
pub use self::requestable_object::RequestableObject;
#[cfg(feature = "access_request_approvals")]
mod requestable_object_reference;
#[cfg(feature = "access_request_approvals")]
pub use self::requestable_object_reference::{
    RequestableObjectReference, RequestableObjectReferenceType,
};
#[cfg(feature = "requestable_objects")]
mod requestable_object_request_status;
#[cfg(feature = "requestable_objects")]
pub use self::requestable_object_request_status::RequestableObjectRequestStatus;
#[cfg(any(feature = "account_activities", feature = "requestable_objects"))]
mod requestable_object_type;
#[cfg(any(feature = "account_activities", feature = "requestable_objects"))]
pub use self::requestable_object_type::RequestableObjectType;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod requested_account_ref;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::requested_account_ref::RequestedAccountRef;
#[cfg(feature = "access_requests")]
mod requested_for_dto_ref;
#[cfg(feature = "access_requests")]
pub use self::requested_for_dto_ref::RequestedForDtoRef;
#[cfg(feature = "access_requests")]
mod requested_item_details;
#[cfg(feature = "access_requests")]
pub use self::requested_item_details::{RequestedItemDetails, RequestedItemDetailsType};
#[cfg(feature = "access_requests")]
mod requested_item_dto_ref;
#[cfg(feature = "access_requests")]
pub use self::requested_item_dto_ref::{RequestedItemDtoRef, RequestedItemDtoRefType};
#[cfg(feature = "access_requests")]
mod requested_item_status;
#[cfg(feature = "access_requests")]
pub use self::requested_item_status::{
    RequestedItemStatus, RequestedItemStatusRequestedFor,
    RequestedItemStatusRequestedForType, RequestedItemStatusType,
};
#[cfg(feature = "access_requests")]
mod requested_item_status_request_state;
#[cfg(feature = "access_requests")]
pub use self::requested_item_status_request_state::RequestedItemStatusRequestState;
#[cfg(feature = "search")]
mod result_model;
#[cfg(feature = "search")]
pub use self::result_model::ResultModel;
#[cfg(feature = "certifications")]
mod review_decision;
#[cfg(feature = "certifications")]
pub use self::review_decision::ReviewDecision;
#[cfg(feature = "certifications")]
mod review_recommendation;
#[cfg(feature = "certifications")]
pub use self::review_recommendation::ReviewRecommendation;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
mod reviewable_access_profile;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
pub use self::reviewable_access_profile::ReviewableAccessProfile;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
mod reviewable_entitlement;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
pub use self::reviewable_entitlement::{
    ReviewableEntitlement, ReviewableEntitlementAccount,
    ReviewableEntitlementAccountOwner, ReviewableEntitlementAccountOwnerType,
};
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
mod reviewable_role;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
pub use self::reviewable_role::ReviewableRole;
#[cfg(feature = "certifications")]
mod reviewer;
#[cfg(feature = "certifications")]
pub use self::reviewer::{Reviewer, ReviewerType};
#[cfg(feature = "access_profiles")]
mod revocability;
#[cfg(feature = "access_profiles")]
pub use self::revocability::Revocability;
#[cfg(feature = "roles")]
mod revocability_for_role;
#[cfg(feature = "roles")]
pub use self::revocability_for_role::RevocabilityForRole;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod right_pad;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::right_pad::RightPad;
#[cfg(feature = "roles")]
mod role;
#[cfg(feature = "roles")]
pub use self::role::Role;
#[cfg(feature = "roles")]
mod role_assignment_source_type;
#[cfg(feature = "roles")]
pub use self::role_assignment_source_type::RoleAssignmentSourceType;
#[cfg(feature = "roles")]
mod role_bulk_delete_request;
#[cfg(feature = "roles")]
pub use self::role_bulk_delete_request::RoleBulkDeleteRequest;
#[cfg(feature = "roles")]
mod role_criteria_key;
#[cfg(feature = "roles")]
pub use self::role_criteria_key::RoleCriteriaKey;
#[cfg(feature = "roles")]
mod role_criteria_key_type;
#[cfg(feature = "roles")]
pub use self::role_criteria_key_type::RoleCriteriaKeyType;
#[cfg(feature = "roles")]
mod role_criteria_level1;
#[cfg(feature = "roles")]
pub use self::role_criteria_level1::RoleCriteriaLevel1;
#[cfg(feature = "roles")]
mod role_criteria_level2;
#[cfg(feature = "roles")]
pub use self::role_criteria_level2::RoleCriteriaLevel2;
#[cfg(feature = "roles")]
mod role_criteria_level3;
#[cfg(feature = "roles")]
pub use self::role_criteria_level3::RoleCriteriaLevel3;
#[cfg(feature = "roles")]
mod role_criteria_operation;
#[cfg(feature = "roles")]
pub use self::role_criteria_operation::RoleCriteriaOperation;
#[cfg(feature = "search")]
mod role_document;
#[cfg(feature = "search")]
pub use self::role_document::RoleDocument;
#[cfg(feature = "search")]
mod role_document_dimension_schema_attributes_item;
#[cfg(feature = "search")]
pub use self::role_document_dimension_schema_attributes_item::RoleDocumentDimensionSchemaAttributesItem;
#[cfg(feature = "search")]
mod role_document_dimensions_item;
#[cfg(feature = "search")]
pub use self::role_document_dimensions_item::{
    RoleDocumentDimensionsItem, RoleDocumentDimensionsItemEntitlementsItem,
};
#[cfg(feature = "search")]
mod role_document_entitlements_item;
#[cfg(feature = "search")]
pub use self::role_document_entitlements_item::RoleDocumentEntitlementsItem;
#[cfg(feature = "search")]
mod role_documents;
#[cfg(feature = "search")]
pub use self::role_documents::RoleDocuments;
#[cfg(feature = "roles")]
mod role_identity;
#[cfg(feature = "roles")]
pub use self::role_identity::RoleIdentity;
#[cfg(feature = "roles")]
mod role_membership_identity;
#[cfg(feature = "roles")]
pub use self::role_membership_identity::RoleMembershipIdentity;
#[cfg(feature = "roles")]
mod role_membership_selector;
#[cfg(feature = "roles")]
pub use self::role_membership_selector::RoleMembershipSelector;
#[cfg(feature = "roles")]
mod role_membership_selector_type;
#[cfg(feature = "roles")]
pub use self::role_membership_selector_type::RoleMembershipSelectorType;
#[cfg(feature = "search")]
mod role_summary;
#[cfg(feature = "search")]
pub use self::role_summary::RoleSummary;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod rule;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::rule::Rule;
#[cfg(feature = "saved_search")]
mod saved_search;
#[cfg(feature = "saved_search")]
pub use self::saved_search::SavedSearch;
#[cfg(feature = "unreferenced-schemas")]
mod saved_search_detail;
#[cfg(feature = "unreferenced-schemas")]
pub use self::saved_search_detail::SavedSearchDetail;
#[cfg(feature = "unreferenced-schemas")]
mod saved_search_name;
#[cfg(feature = "unreferenced-schemas")]
pub use self::saved_search_name::SavedSearchName;
#[cfg(
    any(
        feature = "scheduled_search",
        feature = "sod_policies",
        feature = "unreferenced-schemas"
    )
)]
mod schedule;
#[cfg(
    any(
        feature = "scheduled_search",
        feature = "sod_policies",
        feature = "unreferenced-schemas"
    )
)]
pub use self::schedule::Schedule;
#[cfg(
    any(
        feature = "scheduled_search",
        feature = "sod_policies",
        feature = "unreferenced-schemas"
    )
)]
mod schedule_type;
#[cfg(
    any(
        feature = "scheduled_search",
        feature = "sod_policies",
        feature = "unreferenced-schemas"
    )
)]
pub use self::schedule_type::ScheduleType;
#[cfg(feature = "certification_campaigns")]
mod schedule_v3;
#[cfg(feature = "certification_campaigns")]
pub use self::schedule_v3::{
    ScheduleV3, ScheduleV3Days, ScheduleV3DaysType, ScheduleV3Hours, ScheduleV3HoursType,
    ScheduleV3Months, ScheduleV3MonthsType, ScheduleV3Type,
};
#[cfg(feature = "scheduled_search")]
mod scheduled_search;
#[cfg(feature = "scheduled_search")]
pub use self::scheduled_search::{
    ScheduledSearch, ScheduledSearchOwner, ScheduledSearchOwnerType,
};
#[cfg(feature = "unreferenced-schemas")]
mod scheduled_search_name;
#[cfg(feature = "unreferenced-schemas")]
pub use self::scheduled_search_name::ScheduledSearchName;
#[cfg(feature = "workflows")]
mod scheduled_trigger_attributes;
#[cfg(feature = "workflows")]
pub use self::scheduled_trigger_attributes::{
    ScheduledTriggerAttributes, ScheduledTriggerAttributesFrequency,
};
#[cfg(feature = "sources")]
mod schema;
#[cfg(feature = "sources")]
pub use self::schema::Schema;
#[cfg(feature = "search")]
mod search;
#[cfg(feature = "search")]
pub use self::search::Search;
#[cfg(feature = "search")]
mod search_aggregation_specification;
#[cfg(feature = "search")]
pub use self::search_aggregation_specification::SearchAggregationSpecification;
#[cfg(feature = "saved_search")]
mod search_arguments;
#[cfg(feature = "saved_search")]
pub use self::search_arguments::SearchArguments;
#[cfg(feature = "search_attribute_configuration")]
mod search_attribute_config;
#[cfg(feature = "search_attribute_configuration")]
pub use self::search_attribute_config::SearchAttributeConfig;
#[cfg(feature = "search")]
mod search_document;
#[cfg(feature = "search")]
pub use self::search_document::SearchDocument;
#[cfg(feature = "search")]
mod search_documents;
#[cfg(feature = "search")]
pub use self::search_documents::SearchDocuments;
#[cfg(feature = "reports_data_extraction")]
mod search_export;
#[cfg(feature = "reports_data_extraction")]
pub use self::search_export::SearchExport;
#[cfg(feature = "search")]
mod search_filter_type;
#[cfg(feature = "search")]
pub use self::search_filter_type::SearchFilterType;
#[cfg(feature = "unreferenced-schemas")]
mod search_schedule;
#[cfg(feature = "unreferenced-schemas")]
pub use self::search_schedule::SearchSchedule;
#[cfg(any(feature = "scheduled_search", feature = "unreferenced-schemas"))]
mod search_schedule_recipients_item;
#[cfg(any(feature = "scheduled_search", feature = "unreferenced-schemas"))]
pub use self::search_schedule_recipients_item::{
    SearchScheduleRecipientsItem, SearchScheduleRecipientsItemType,
};
#[cfg(feature = "work_items")]
mod section_details;
#[cfg(feature = "work_items")]
pub use self::section_details::SectionDetails;
#[cfg(feature = "segments")]
mod segment;
#[cfg(feature = "segments")]
pub use self::segment::Segment;
#[cfg(
    any(
        feature = "scheduled_search",
        feature = "sod_policies",
        feature = "unreferenced-schemas"
    )
)]
mod selector;
#[cfg(
    any(
        feature = "scheduled_search",
        feature = "sod_policies",
        feature = "unreferenced-schemas"
    )
)]
pub use self::selector::Selector;
#[cfg(
    any(
        feature = "scheduled_search",
        feature = "sod_policies",
        feature = "unreferenced-schemas"
    )
)]
mod selector_type;
#[cfg(
    any(
        feature = "scheduled_search",
        feature = "sod_policies",
        feature = "unreferenced-schemas"
    )
)]
pub use self::selector_type::SelectorType;
#[cfg(feature = "mfa_controller")]
mod send_token_request;
#[cfg(feature = "mfa_controller")]
pub use self::send_token_request::{SendTokenRequest, SendTokenRequestDeliveryType};
#[cfg(feature = "mfa_controller")]
mod send_token_response;
#[cfg(feature = "mfa_controller")]
pub use self::send_token_response::{SendTokenResponse, SendTokenResponseStatus};
#[cfg(feature = "service_desk_integration")]
mod service_desk_integration_dto;
#[cfg(feature = "service_desk_integration")]
pub use self::service_desk_integration_dto::ServiceDeskIntegrationDto;
#[cfg(feature = "service_desk_integration")]
mod service_desk_integration_template_dto;
#[cfg(feature = "service_desk_integration")]
pub use self::service_desk_integration_template_dto::ServiceDeskIntegrationTemplateDto;
#[cfg(feature = "service_desk_integration")]
mod service_desk_integration_template_type;
#[cfg(feature = "service_desk_integration")]
pub use self::service_desk_integration_template_type::ServiceDeskIntegrationTemplateType;
#[cfg(feature = "service_desk_integration")]
mod service_desk_source;
#[cfg(feature = "service_desk_integration")]
pub use self::service_desk_source::{ServiceDeskSource, ServiceDeskSourceType};
#[cfg(feature = "global_tenant_security_settings")]
mod service_provider_configuration;
#[cfg(feature = "global_tenant_security_settings")]
pub use self::service_provider_configuration::{
    ServiceProviderConfiguration,
    ServiceProviderConfigurationFederationProtocolDetailsItem,
};
#[cfg(feature = "global_tenant_security_settings")]
mod session_configuration;
#[cfg(feature = "global_tenant_security_settings")]
pub use self::session_configuration::SessionConfiguration;
#[cfg(feature = "managed_clusters")]
mod set_duration_minutes;
#[cfg(feature = "managed_clusters")]
pub use self::set_duration_minutes::SetDurationMinutes;
#[cfg(feature = "managed_clusters")]
mod set_expiration_date;
#[cfg(feature = "managed_clusters")]
pub use self::set_expiration_date::SetExpirationDate;
#[cfg(feature = "lifecycle_states")]
mod set_lifecycle_state_request;
#[cfg(feature = "lifecycle_states")]
pub use self::set_lifecycle_state_request::SetLifecycleStateRequest;
#[cfg(feature = "lifecycle_states")]
mod set_lifecycle_state_response;
#[cfg(feature = "lifecycle_states")]
pub use self::set_lifecycle_state_response::SetLifecycleStateResponse;
#[cfg(feature = "certification_campaigns")]
mod slim_campaign;
#[cfg(feature = "certification_campaigns")]
pub use self::slim_campaign::SlimCampaign;
#[cfg(feature = "certification_campaigns")]
mod slim_campaign_correlated_status;
#[cfg(feature = "certification_campaigns")]
pub use self::slim_campaign_correlated_status::SlimCampaignCorrelatedStatus;
#[cfg(feature = "certification_campaigns")]
mod slim_campaign_status;
#[cfg(feature = "certification_campaigns")]
pub use self::slim_campaign_status::SlimCampaignStatus;
#[cfg(feature = "certification_campaigns")]
mod slim_campaign_type;
#[cfg(feature = "certification_campaigns")]
pub use self::slim_campaign_type::SlimCampaignType;
#[cfg(feature = "application_discovery")]
mod slim_discovered_application;
#[cfg(feature = "application_discovery")]
pub use self::slim_discovered_application::{
    SlimDiscoveredApplication, SlimDiscoveredApplicationRiskLevel,
};
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod sod_exempt_criteria;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::sod_exempt_criteria::SodExemptCriteria;
#[cfg(feature = "unreferenced-schemas")]
mod sod_policy;
#[cfg(feature = "unreferenced-schemas")]
pub use self::sod_policy::SodPolicy;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod sod_policy_dto;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::sod_policy_dto::{SodPolicyDto, SodPolicyDtoType};
#[cfg(feature = "unreferenced-schemas")]
mod sod_policy_dto_v3;
#[cfg(feature = "unreferenced-schemas")]
pub use self::sod_policy_dto_v3::{SodPolicyDtoV3, SodPolicyDtoV3Type};
#[cfg(any(feature = "sod_policies", feature = "unreferenced-schemas"))]
mod sod_policy_owner_ref;
#[cfg(any(feature = "sod_policies", feature = "unreferenced-schemas"))]
pub use self::sod_policy_owner_ref::{SodPolicyOwnerRef, SodPolicyOwnerRefType};
#[cfg(feature = "sod_policies")]
mod sod_policy_read;
#[cfg(feature = "sod_policies")]
pub use self::sod_policy_read::SodPolicyRead;
#[cfg(feature = "sod_policies")]
mod sod_policy_request;
#[cfg(feature = "sod_policies")]
pub use self::sod_policy_request::SodPolicyRequest;
#[cfg(feature = "sod_policies")]
mod sod_policy_schedule;
#[cfg(feature = "sod_policies")]
pub use self::sod_policy_schedule::SodPolicySchedule;
#[cfg(any(feature = "sod_policies", feature = "unreferenced-schemas"))]
mod sod_policy_state;
#[cfg(any(feature = "sod_policies", feature = "unreferenced-schemas"))]
pub use self::sod_policy_state::SodPolicyState;
#[cfg(any(feature = "sod_policies", feature = "unreferenced-schemas"))]
mod sod_policy_type;
#[cfg(any(feature = "sod_policies", feature = "unreferenced-schemas"))]
pub use self::sod_policy_type::SodPolicyType;
#[cfg(feature = "sod_policies")]
mod sod_recipient;
#[cfg(feature = "sod_policies")]
pub use self::sod_recipient::{SodRecipient, SodRecipientType};
#[cfg(feature = "unreferenced-schemas")]
mod sod_report_result_dto;
#[cfg(feature = "unreferenced-schemas")]
pub use self::sod_report_result_dto::SodReportResultDto;
#[cfg(
    any(
        feature = "certification_campaigns",
        feature = "sod_policies",
        feature = "unreferenced-schemas"
    )
)]
mod sod_report_result_dto_type;
#[cfg(
    any(
        feature = "certification_campaigns",
        feature = "sod_policies",
        feature = "unreferenced-schemas"
    )
)]
pub use self::sod_report_result_dto_type::SodReportResultDtoType;
#[cfg(feature = "sod_violations")]
mod sod_violation_check;
#[cfg(feature = "sod_violations")]
pub use self::sod_violation_check::SodViolationCheck;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod sod_violation_check_result;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::sod_violation_check_result::SodViolationCheckResult;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod sod_violation_context;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::sod_violation_context::{
    SodViolationContext, SodViolationContextConflictingAccessCriteria,
    SodViolationContextConflictingAccessCriteriaLeftCriteria,
    SodViolationContextConflictingAccessCriteriaRightCriteria,
};
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod sod_violation_context_check_completed;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::sod_violation_context_check_completed::{
    SodViolationContextCheckCompleted, SodViolationContextCheckCompletedState,
};
#[cfg(feature = "sources")]
mod source;
#[cfg(feature = "sources")]
pub use self::source::{
    Source, SourceAccountCorrelationConfig, SourceAccountCorrelationConfigType,
    SourceAccountCorrelationRule, SourceAccountCorrelationRuleType,
    SourceBeforeProvisioningRule, SourceBeforeProvisioningRuleType, SourceCluster,
    SourceClusterType, SourceManagementWorkgroup, SourceManagementWorkgroupType,
    SourceManagerCorrelationRule, SourceManagerCorrelationRuleType, SourceOwner,
    SourceOwnerType, SourcePasswordPoliciesItem, SourcePasswordPoliciesItemType,
    SourceSchemasItem, SourceSchemasItemType, SourceStatus,
};
#[cfg(feature = "service_desk_integration")]
mod source_cluster_dto;
#[cfg(feature = "service_desk_integration")]
pub use self::source_cluster_dto::{SourceClusterDto, SourceClusterDtoType};
#[cfg(feature = "sources")]
mod source_connections_dto;
#[cfg(feature = "sources")]
pub use self::source_connections_dto::SourceConnectionsDto;
#[cfg(feature = "sources")]
mod source_features_item;
#[cfg(feature = "sources")]
pub use self::source_features_item::SourceFeaturesItem;
#[cfg(feature = "sources")]
mod source_health_dto;
#[cfg(feature = "sources")]
pub use self::source_health_dto::{SourceHealthDto, SourceHealthDtoStatus};
#[cfg(feature = "access_requests")]
mod source_item_ref;
#[cfg(feature = "access_requests")]
pub use self::source_item_ref::SourceItemRef;
#[cfg(feature = "source_usages")]
mod source_usage;
#[cfg(feature = "source_usages")]
pub use self::source_usage::SourceUsage;
#[cfg(feature = "source_usages")]
mod source_usage_status;
#[cfg(feature = "source_usages")]
pub use self::source_usage_status::{SourceUsageStatus, SourceUsageStatusStatus};
#[cfg(feature = "global_tenant_security_settings")]
mod sp_details;
#[cfg(feature = "global_tenant_security_settings")]
pub use self::sp_details::SpDetails;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod split;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::split::Split;
#[cfg(feature = "managed_clusters")]
mod standard_level;
#[cfg(feature = "managed_clusters")]
pub use self::standard_level::StandardLevel;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod static_;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::static_::Static;
#[cfg(feature = "search")]
mod sub_search_aggregation_specification;
#[cfg(feature = "search")]
pub use self::sub_search_aggregation_specification::SubSearchAggregationSpecification;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod substring;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::substring::Substring;
#[cfg(feature = "tagged_objects")]
mod tagged_object;
#[cfg(feature = "tagged_objects")]
pub use self::tagged_object::TaggedObject;
#[cfg(feature = "tagged_objects")]
mod tagged_object_dto;
#[cfg(feature = "tagged_objects")]
pub use self::tagged_object_dto::{TaggedObjectDto, TaggedObjectDtoType};
#[cfg(feature = "reports_data_extraction")]
mod task_result_details;
#[cfg(feature = "reports_data_extraction")]
pub use self::task_result_details::{
    TaskResultDetails, TaskResultDetailsCompletionStatus, TaskResultDetailsMessagesItem,
    TaskResultDetailsMessagesItemType, TaskResultDetailsReportType,
    TaskResultDetailsReturnsItem, TaskResultDetailsType,
};
#[cfg(feature = "roles")]
mod task_result_dto;
#[cfg(feature = "roles")]
pub use self::task_result_dto::{TaskResultDto, TaskResultDtoType};
#[cfg(feature = "identity_profiles")]
mod task_result_simplified;
#[cfg(feature = "identity_profiles")]
pub use self::task_result_simplified::{
    TaskResultSimplified, TaskResultSimplifiedCompletionStatus,
};
#[cfg(feature = "workflows")]
mod test_external_execute_workflow_request;
#[cfg(feature = "workflows")]
pub use self::test_external_execute_workflow_request::TestExternalExecuteWorkflowRequest;
#[cfg(feature = "workflows")]
mod test_external_execute_workflow_response;
#[cfg(feature = "workflows")]
pub use self::test_external_execute_workflow_response::TestExternalExecuteWorkflowResponse;
#[cfg(feature = "mfa_configuration")]
mod test_mfa_config_method;
#[cfg(feature = "mfa_configuration")]
pub use self::test_mfa_config_method::TestMfaConfigMethod;
#[cfg(feature = "workflows")]
mod test_workflow_request;
#[cfg(feature = "workflows")]
pub use self::test_workflow_request::TestWorkflowRequest;
#[cfg(feature = "workflows")]
mod test_workflow_response;
#[cfg(feature = "workflows")]
pub use self::test_workflow_response::TestWorkflowResponse;
#[cfg(feature = "search")]
mod text_query;
#[cfg(feature = "search")]
pub use self::text_query::TextQuery;
#[cfg(feature = "mfa_controller")]
mod token_auth_request;
#[cfg(feature = "mfa_controller")]
pub use self::token_auth_request::{TokenAuthRequest, TokenAuthRequestDeliveryType};
#[cfg(feature = "mfa_controller")]
mod token_auth_response;
#[cfg(feature = "mfa_controller")]
pub use self::token_auth_response::{TokenAuthResponse, TokenAuthResponseStatus};
mod too_many_requests;
pub use self::too_many_requests::TooManyRequests;
#[cfg(feature = "transforms")]
mod transform;
#[cfg(feature = "transforms")]
pub use self::transform::Transform;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod transform_attributes;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::transform_attributes::TransformAttributes;
#[cfg(feature = "identity_profiles")]
mod transform_definition;
#[cfg(feature = "identity_profiles")]
pub use self::transform_definition::TransformDefinition;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod transform_read;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::transform_read::TransformRead;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod transform_rule;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::transform_rule::TransformRule;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod transform_type;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::transform_type::TransformType;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod trim;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::trim::Trim;
#[cfg(feature = "search")]
mod type_ahead_query;
#[cfg(feature = "search")]
pub use self::type_ahead_query::TypeAheadQuery;
#[cfg(any(feature = "saved_search", feature = "scheduled_search"))]
mod typed_reference;
#[cfg(any(feature = "saved_search", feature = "scheduled_search"))]
pub use self::typed_reference::TypedReference;
mod unauthorized;
pub use self::unauthorized::Unauthorized;
#[cfg(feature = "reports_data_extraction")]
mod uncorrelated_accounts;
#[cfg(feature = "reports_data_extraction")]
pub use self::uncorrelated_accounts::{
    UncorrelatedAccounts, UncorrelatedAccountsSelectedFormatsItem,
};
#[cfg(feature = "connectors")]
mod update_detail;
#[cfg(feature = "connectors")]
pub use self::update_detail::{UpdateDetail, UpdateDetailStatus};
#[cfg(any(feature = "sources", feature = "transforms"))]
mod upper;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::upper::Upper;
#[cfg(feature = "sources")]
mod usage_type;
#[cfg(feature = "sources")]
pub use self::usage_type::UsageType;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod uuid;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::uuid::Uuid;
#[cfg(feature = "segments")]
mod value_model;
#[cfg(feature = "segments")]
pub use self::value_model::ValueModel;
#[cfg(feature = "mfa_controller")]
mod verification_poll_request;
#[cfg(feature = "mfa_controller")]
pub use self::verification_poll_request::VerificationPollRequest;
#[cfg(feature = "mfa_controller")]
mod verification_response;
#[cfg(feature = "mfa_controller")]
pub use self::verification_response::{VerificationResponse, VerificationResponseStatus};
#[cfg(feature = "sod_violations")]
mod violation_context;
#[cfg(feature = "sod_violations")]
pub use self::violation_context::{
    ViolationContext, ViolationContextPolicy, ViolationContextPolicyType,
};
#[cfg(any(feature = "sod_policies", feature = "unreferenced-schemas"))]
mod violation_owner_assignment_config;
#[cfg(any(feature = "sod_policies", feature = "unreferenced-schemas"))]
pub use self::violation_owner_assignment_config::{
    ViolationOwnerAssignmentConfig, ViolationOwnerAssignmentConfigAssignmentRule,
    ViolationOwnerAssignmentConfigOwnerRef, ViolationOwnerAssignmentConfigOwnerRefType,
};
#[cfg(feature = "sod_violations")]
mod violation_prediction;
#[cfg(feature = "sod_violations")]
pub use self::violation_prediction::ViolationPrediction;
#[cfg(feature = "segments")]
mod visibility_criteria;
#[cfg(feature = "segments")]
pub use self::visibility_criteria::VisibilityCriteria;
#[cfg(feature = "work_items")]
mod work_item_forward;
#[cfg(feature = "work_items")]
pub use self::work_item_forward::WorkItemForward;
#[cfg(feature = "work_items")]
mod work_item_state;
#[cfg(feature = "work_items")]
pub use self::work_item_state::WorkItemState;
#[cfg(feature = "work_items")]
mod work_item_state_manual_work_items;
#[cfg(feature = "work_items")]
pub use self::work_item_state_manual_work_items::WorkItemStateManualWorkItems;
#[cfg(feature = "work_items")]
mod work_item_type_manual_work_items;
#[cfg(feature = "work_items")]
pub use self::work_item_type_manual_work_items::WorkItemTypeManualWorkItems;
#[cfg(feature = "work_items")]
mod work_items;
#[cfg(feature = "work_items")]
pub use self::work_items::WorkItems;
#[cfg(feature = "work_items")]
mod work_items_count;
#[cfg(feature = "work_items")]
pub use self::work_items_count::WorkItemsCount;
#[cfg(feature = "work_items")]
mod work_items_summary;
#[cfg(feature = "work_items")]
pub use self::work_items_summary::WorkItemsSummary;
#[cfg(feature = "workflows")]
mod workflow;
#[cfg(feature = "workflows")]
pub use self::workflow::{Workflow, WorkflowCreator, WorkflowCreatorType};
#[cfg(feature = "workflows")]
mod workflow_action;
#[cfg(feature = "workflows")]
pub use self::workflow_action::{WorkflowAction, WorkflowActionExampleOutput};
#[cfg(feature = "workflows")]
mod workflow_body;
#[cfg(feature = "workflows")]
pub use self::workflow_body::WorkflowBody;
#[cfg(feature = "workflows")]
mod workflow_body_owner;
#[cfg(feature = "workflows")]
pub use self::workflow_body_owner::{WorkflowBodyOwner, WorkflowBodyOwnerType};
#[cfg(feature = "workflows")]
mod workflow_definition;
#[cfg(feature = "workflows")]
pub use self::workflow_definition::WorkflowDefinition;
#[cfg(feature = "workflows")]
mod workflow_execution;
#[cfg(feature = "workflows")]
pub use self::workflow_execution::{WorkflowExecution, WorkflowExecutionStatus};
#[cfg(feature = "workflows")]
mod workflow_execution_event;
#[cfg(feature = "workflows")]
pub use self::workflow_execution_event::{
    WorkflowExecutionEvent, WorkflowExecutionEventType,
};
#[cfg(feature = "workflows")]
mod workflow_library_form_fields;
#[cfg(feature = "workflows")]
pub use self::workflow_library_form_fields::{
    WorkflowLibraryFormFields, WorkflowLibraryFormFieldsType,
};
#[cfg(feature = "workflows")]
mod workflow_modified_by;
#[cfg(feature = "workflows")]
pub use self::workflow_modified_by::{WorkflowModifiedBy, WorkflowModifiedByType};
#[cfg(feature = "workflows")]
mod workflow_o_auth_client;
#[cfg(feature = "workflows")]
pub use self::workflow_o_auth_client::WorkflowOAuthClient;
#[cfg(feature = "workflows")]
mod workflow_operator;
#[cfg(feature = "workflows")]
pub use self::workflow_operator::WorkflowOperator;
#[cfg(feature = "workflows")]
mod workflow_trigger;
#[cfg(feature = "workflows")]
pub use self::workflow_trigger::{WorkflowTrigger, WorkflowTriggerType};
#[cfg(feature = "workflows")]
mod workflow_trigger_v3;
#[cfg(feature = "workflows")]
pub use self::workflow_trigger_v3::{
    WorkflowTriggerV3, WorkflowTriggerV3Attributes, WorkflowTriggerV3Type,
};
