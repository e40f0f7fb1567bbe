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
#[cfg(any(feature = "access_profiles", feature = "roles"))]
mod access_duration;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
pub use self::access_duration::{AccessDuration, AccessDurationTimeUnit};
#[cfg(feature = "identity_history")]
mod access_item_access_profile_response;
#[cfg(feature = "identity_history")]
pub use self::access_item_access_profile_response::{
    AccessItemAccessProfileResponse, AccessItemAccessProfileResponseAppRefsItem,
};
#[cfg(feature = "identity_history")]
mod access_item_account_response;
#[cfg(feature = "identity_history")]
pub use self::access_item_account_response::AccessItemAccountResponse;
#[cfg(feature = "identity_history")]
mod access_item_app_response;
#[cfg(feature = "identity_history")]
pub use self::access_item_app_response::AccessItemAppResponse;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod access_item_approver_dto;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::access_item_approver_dto::{
    AccessItemApproverDto, AccessItemApproverDtoType,
};
#[cfg(feature = "identity_history")]
mod access_item_associated;
#[cfg(feature = "identity_history")]
pub use self::access_item_associated::{
    AccessItemAssociated, AccessItemAssociatedAccessItem,
    AccessItemAssociatedAccessItemType,
};
#[cfg(feature = "identity_history")]
mod access_item_diff;
#[cfg(feature = "identity_history")]
pub use self::access_item_diff::{AccessItemDiff, AccessItemDiffEventType};
#[cfg(feature = "identity_history")]
mod access_item_entitlement_response;
#[cfg(feature = "identity_history")]
pub use self::access_item_entitlement_response::AccessItemEntitlementResponse;
#[cfg(feature = "access_request_approvals")]
mod access_item_owner_dto;
#[cfg(feature = "access_request_approvals")]
pub use self::access_item_owner_dto::{AccessItemOwnerDto, AccessItemOwnerDtoType};
#[cfg(feature = "iai_recommendations")]
mod access_item_ref;
#[cfg(feature = "iai_recommendations")]
pub use self::access_item_ref::{AccessItemRef, AccessItemRefType};
#[cfg(feature = "identity_history")]
mod access_item_removed;
#[cfg(feature = "identity_history")]
pub use self::access_item_removed::{
    AccessItemRemoved, AccessItemRemovedAccessItem, AccessItemRemovedAccessItemType,
};
#[cfg(feature = "access_request_approvals")]
mod access_item_requested_for_dto;
#[cfg(feature = "access_request_approvals")]
pub use self::access_item_requested_for_dto::{
    AccessItemRequestedForDto, AccessItemRequestedForDtoType,
};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod access_item_requested_for_dto_beta;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::access_item_requested_for_dto_beta::{
    AccessItemRequestedForDtoBeta, AccessItemRequestedForDtoBetaType,
};
#[cfg(feature = "access_requests")]
mod access_item_requester;
#[cfg(feature = "access_requests")]
pub use self::access_item_requester::{AccessItemRequester, AccessItemRequesterType};
#[cfg(feature = "access_request_approvals")]
mod access_item_requester_dto;
#[cfg(feature = "access_request_approvals")]
pub use self::access_item_requester_dto::{
    AccessItemRequesterDto, AccessItemRequesterDtoType,
};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod access_item_requester_dto_beta;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::access_item_requester_dto_beta::{
    AccessItemRequesterDtoBeta, AccessItemRequesterDtoBetaType,
};
#[cfg(feature = "access_requests")]
mod access_item_requester_v3;
#[cfg(feature = "access_requests")]
pub use self::access_item_requester_v3::{
    AccessItemRequesterV3, AccessItemRequesterV3Type,
};
#[cfg(feature = "access_requests")]
mod access_item_reviewed_by;
#[cfg(feature = "access_requests")]
pub use self::access_item_reviewed_by::{AccessItemReviewedBy, AccessItemReviewedByType};
#[cfg(feature = "access_requests")]
mod access_item_reviewed_by_v3;
#[cfg(feature = "access_requests")]
pub use self::access_item_reviewed_by_v3::{
    AccessItemReviewedByV3, AccessItemReviewedByV3Type,
};
#[cfg(feature = "identity_history")]
mod access_item_role_response;
#[cfg(feature = "identity_history")]
pub use self::access_item_role_response::AccessItemRoleResponse;
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
#[cfg(feature = "apps")]
mod access_profile_details;
#[cfg(feature = "apps")]
pub use self::access_profile_details::{
    AccessProfileDetails, AccessProfileDetailsAccountSelector,
};
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
#[cfg(feature = "access_profiles")]
mod access_profile_update_item;
#[cfg(feature = "access_profiles")]
pub use self::access_profile_update_item::AccessProfileUpdateItem;
#[cfg(feature = "access_profiles")]
mod access_profile_usage;
#[cfg(feature = "access_profiles")]
pub use self::access_profile_usage::{
    AccessProfileUsage, AccessProfileUsageUsedByItem, AccessProfileUsageUsedByItemType,
};
#[cfg(feature = "iai_access_request_recommendations")]
mod access_recommendation_message;
#[cfg(feature = "iai_access_request_recommendations")]
pub use self::access_recommendation_message::AccessRecommendationMessage;
#[cfg(feature = "access_requests")]
mod access_request;
#[cfg(feature = "access_requests")]
pub use self::access_request::AccessRequest;
#[cfg(feature = "access_requests")]
mod access_request_admin_item_status;
#[cfg(feature = "access_requests")]
pub use self::access_request_admin_item_status::{
    AccessRequestAdminItemStatus, AccessRequestAdminItemStatusRequestedFor,
    AccessRequestAdminItemStatusRequestedForType, AccessRequestAdminItemStatusType,
};
#[cfg(feature = "access_requests")]
mod access_request_config;
#[cfg(feature = "access_requests")]
pub use self::access_request_config::AccessRequestConfig;
#[cfg(feature = "identities")]
mod access_request_context;
#[cfg(feature = "identities")]
pub use self::access_request_context::AccessRequestContext;
#[cfg(feature = "webhook-payloads")]
mod access_request_dynamic_approval_response;
#[cfg(feature = "webhook-payloads")]
pub use self::access_request_dynamic_approval_response::{
    AccessRequestDynamicApprovalResponse, AccessRequestDynamicApprovalResponseType,
};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod access_request_dynamic_approver;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::access_request_dynamic_approver::{
    AccessRequestDynamicApprover, AccessRequestDynamicApproverRequestedItemsItem,
    AccessRequestDynamicApproverRequestedItemsItemOperation,
    AccessRequestDynamicApproverRequestedItemsItemType,
};
#[cfg(feature = "triggers")]
mod access_request_dynamic_approver_beta;
#[cfg(feature = "triggers")]
pub use self::access_request_dynamic_approver_beta::{
    AccessRequestDynamicApproverBeta, AccessRequestDynamicApproverBetaType,
};
#[cfg(feature = "access_request_identity_metrics")]
mod access_request_identity_metrics;
#[cfg(feature = "access_request_identity_metrics")]
pub use self::access_request_identity_metrics::AccessRequestIdentityMetrics;
#[cfg(feature = "access_requests")]
mod access_request_item;
#[cfg(feature = "access_requests")]
pub use self::access_request_item::{AccessRequestItem, AccessRequestItemType};
#[cfg(feature = "identity_history")]
mod access_request_item_response;
#[cfg(feature = "identity_history")]
pub use self::access_request_item_response::{
    AccessRequestItemResponse, AccessRequestItemResponseDecision,
};
#[cfg(feature = "access_requests")]
mod access_request_phases;
#[cfg(feature = "access_requests")]
pub use self::access_request_phases::{
    AccessRequestPhases, AccessRequestPhasesResult, AccessRequestPhasesState,
};
#[cfg(feature = "access_requests")]
mod access_request_phases_v3;
#[cfg(feature = "access_requests")]
pub use self::access_request_phases_v3::{
    AccessRequestPhasesV3, AccessRequestPhasesV3Result, AccessRequestPhasesV3State,
};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod access_request_post_approval;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::access_request_post_approval::{
    AccessRequestPostApproval, AccessRequestPostApprovalRequestedItemsStatusItem,
    AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem,
    AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprovalDecision,
    AccessRequestPostApprovalRequestedItemsStatusItemOperation,
    AccessRequestPostApprovalRequestedItemsStatusItemType,
};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod access_request_pre_approval;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::access_request_pre_approval::{
    AccessRequestPreApproval, AccessRequestPreApprovalRequestedItemsItem,
    AccessRequestPreApprovalRequestedItemsItemOperation,
    AccessRequestPreApprovalRequestedItemsItemType,
};
#[cfg(feature = "triggers")]
mod access_request_pre_approval_beta;
#[cfg(feature = "triggers")]
pub use self::access_request_pre_approval_beta::AccessRequestPreApprovalBeta;
#[cfg(feature = "iai_access_request_recommendations")]
mod access_request_recommendation_action_item_dto;
#[cfg(feature = "iai_access_request_recommendations")]
pub use self::access_request_recommendation_action_item_dto::AccessRequestRecommendationActionItemDto;
#[cfg(feature = "iai_access_request_recommendations")]
mod access_request_recommendation_action_item_response_dto;
#[cfg(feature = "iai_access_request_recommendations")]
pub use self::access_request_recommendation_action_item_response_dto::AccessRequestRecommendationActionItemResponseDto;
#[cfg(feature = "iai_access_request_recommendations")]
mod access_request_recommendation_item;
#[cfg(feature = "iai_access_request_recommendations")]
pub use self::access_request_recommendation_item::AccessRequestRecommendationItem;
#[cfg(feature = "iai_access_request_recommendations")]
mod access_request_recommendation_item_detail;
#[cfg(feature = "iai_access_request_recommendations")]
pub use self::access_request_recommendation_item_detail::{
    AccessRequestRecommendationItemDetail, AccessRequestRecommendationItemDetailAccess,
};
#[cfg(feature = "iai_access_request_recommendations")]
mod access_request_recommendation_item_type;
#[cfg(feature = "iai_access_request_recommendations")]
pub use self::access_request_recommendation_item_type::AccessRequestRecommendationItemType;
#[cfg(feature = "identity_history")]
mod access_request_response;
#[cfg(feature = "identity_history")]
pub use self::access_request_response::AccessRequestResponse;
#[cfg(feature = "access_requests")]
mod access_request_response_v3;
#[cfg(feature = "access_requests")]
pub use self::access_request_response_v3::AccessRequestResponseV3;
#[cfg(feature = "webhook-payloads")]
mod access_request_submitted_response;
#[cfg(feature = "webhook-payloads")]
pub use self::access_request_submitted_response::AccessRequestSubmittedResponse;
#[cfg(feature = "access_requests")]
mod access_request_tracking;
#[cfg(feature = "access_requests")]
pub use self::access_request_tracking::AccessRequestTracking;
#[cfg(feature = "access_requests")]
mod access_request_type;
#[cfg(feature = "access_requests")]
pub use self::access_request_type::AccessRequestType;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod access_request_type_v3;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::access_request_type_v3::AccessRequestTypeV3;
#[cfg(feature = "identity_history")]
mod access_requested;
#[cfg(feature = "identity_history")]
pub use self::access_requested::AccessRequested;
#[cfg(feature = "o_auth_clients")]
mod access_type;
#[cfg(feature = "o_auth_clients")]
pub use self::access_type::AccessType;
#[cfg(feature = "accounts")]
mod account;
#[cfg(feature = "accounts")]
pub use self::account::{Account, AccountOrigin};
#[cfg(feature = "lifecycle_states")]
mod account_action;
#[cfg(feature = "lifecycle_states")]
pub use self::account_action::{AccountAction, AccountActionAction};
#[cfg(feature = "account_activities")]
mod account_activity_approval_status;
#[cfg(feature = "account_activities")]
pub use self::account_activity_approval_status::AccountActivityApprovalStatus;
#[cfg(feature = "account_activities")]
mod account_activity_item;
#[cfg(feature = "account_activities")]
pub use self::account_activity_item::AccountActivityItem;
#[cfg(feature = "account_activities")]
mod account_activity_item_operation;
#[cfg(feature = "account_activities")]
pub use self::account_activity_item_operation::AccountActivityItemOperation;
#[cfg(feature = "account_aggregations")]
mod account_aggregation;
#[cfg(feature = "account_aggregations")]
pub use self::account_aggregation::{AccountAggregation, AccountAggregationStatus};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod account_aggregation_completed;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::account_aggregation_completed::{
    AccountAggregationCompleted, AccountAggregationCompletedSource,
    AccountAggregationCompletedSourceType, AccountAggregationCompletedStats,
    AccountAggregationCompletedStatus,
};
#[cfg(feature = "transforms")]
mod account_attribute;
#[cfg(feature = "transforms")]
pub use self::account_attribute::AccountAttribute;
#[cfg(feature = "accounts")]
mod account_attributes;
#[cfg(feature = "accounts")]
pub use self::account_attributes::AccountAttributes;
#[cfg(feature = "triggers")]
mod account_attributes_changed;
#[cfg(feature = "triggers")]
pub use self::account_attributes_changed::{
    AccountAttributesChanged, AccountAttributesChangedAccount,
    AccountAttributesChangedAccountType, AccountAttributesChangedChangesItem,
    AccountAttributesChangedChangesItemNewValue,
    AccountAttributesChangedChangesItemOldValue, AccountAttributesChangedIdentity,
    AccountAttributesChangedIdentityType, AccountAttributesChangedSource,
    AccountAttributesChangedSourceType,
};
#[cfg(feature = "accounts")]
mod account_attributes_create;
#[cfg(feature = "accounts")]
pub use self::account_attributes_create::{
    AccountAttributesCreate, AccountAttributesCreateAttributes,
};
#[cfg(feature = "triggers")]
mod account_correlated;
#[cfg(feature = "triggers")]
pub use self::account_correlated::{
    AccountCorrelated, AccountCorrelatedAccount, AccountCorrelatedAccountType,
    AccountCorrelatedIdentity, AccountCorrelatedIdentityType, AccountCorrelatedSource,
    AccountCorrelatedSourceType,
};
#[cfg(feature = "identities")]
mod account_info_dto;
#[cfg(feature = "identities")]
pub use self::account_info_dto::AccountInfoDto;
#[cfg(feature = "access_requests")]
mod account_item_ref;
#[cfg(feature = "access_requests")]
pub use self::account_item_ref::AccountItemRef;
#[cfg(feature = "account_activities")]
mod account_request_info;
#[cfg(feature = "account_activities")]
pub use self::account_request_info::AccountRequestInfo;
#[cfg(feature = "identity_history")]
mod account_status_changed;
#[cfg(feature = "identity_history")]
pub use self::account_status_changed::{
    AccountStatusChanged, AccountStatusChangedAccount, AccountStatusChangedStatusChange,
    AccountStatusChangedStatusChangeNewStatus,
    AccountStatusChangedStatusChangePreviousStatus,
};
#[cfg(feature = "accounts")]
mod account_toggle_request;
#[cfg(feature = "accounts")]
pub use self::account_toggle_request::AccountToggleRequest;
#[cfg(feature = "triggers")]
mod account_uncorrelated;
#[cfg(feature = "triggers")]
pub use self::account_uncorrelated::{
    AccountUncorrelated, AccountUncorrelatedAccount, AccountUncorrelatedAccountType,
    AccountUncorrelatedIdentity, AccountUncorrelatedIdentityType,
    AccountUncorrelatedSource, AccountUncorrelatedSourceType,
};
#[cfg(feature = "accounts")]
mod account_unlock_request;
#[cfg(feature = "accounts")]
pub use self::account_unlock_request::AccountUnlockRequest;
#[cfg(feature = "account_usages")]
mod account_usage;
#[cfg(feature = "account_usages")]
pub use self::account_usage::AccountUsage;
#[cfg(feature = "accounts")]
mod accounts_async_result;
#[cfg(feature = "accounts")]
pub use self::accounts_async_result::AccountsAsyncResult;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod accounts_collected_for_aggregation;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::accounts_collected_for_aggregation::{
    AccountsCollectedForAggregation, AccountsCollectedForAggregationSource,
    AccountsCollectedForAggregationSourceType, AccountsCollectedForAggregationStats,
    AccountsCollectedForAggregationStatus,
};
#[cfg(feature = "certification_campaigns")]
mod activate_campaign_options;
#[cfg(feature = "certification_campaigns")]
pub use self::activate_campaign_options::ActivateCampaignOptions;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod additional_owner_ref;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use self::additional_owner_ref::{AdditionalOwnerRef, AdditionalOwnerRefType};
#[cfg(feature = "certification_campaigns")]
mod admin_review_reassign;
#[cfg(feature = "certification_campaigns")]
pub use self::admin_review_reassign::{
    AdminReviewReassign, AdminReviewReassignReassignTo, AdminReviewReassignReassignToType,
};
#[cfg(feature = "apps")]
mod app_account_details;
#[cfg(feature = "apps")]
pub use self::app_account_details::{AppAccountDetails, AppAccountDetailsSourceAccount};
#[cfg(feature = "access_requests")]
mod approval_forward_history;
#[cfg(feature = "access_requests")]
pub use self::approval_forward_history::ApprovalForwardHistory;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod approval_forward_history_v3;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::approval_forward_history_v3::ApprovalForwardHistoryV3;
#[cfg(feature = "identity_history")]
mod approval_info_response;
#[cfg(feature = "identity_history")]
pub use self::approval_info_response::ApprovalInfoResponse;
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
#[cfg(feature = "access_requests")]
mod approval_scheme_v3;
#[cfg(feature = "access_requests")]
pub use self::approval_scheme_v3::ApprovalSchemeV3;
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
#[cfg(feature = "access_requests")]
mod approval_status_dto_v3;
#[cfg(feature = "access_requests")]
pub use self::approval_status_dto_v3::{
    ApprovalStatusDtoV3, ApprovalStatusDtoV3OriginalOwner,
    ApprovalStatusDtoV3OriginalOwnerType,
};
#[cfg(feature = "access_request_approvals")]
mod approval_summary;
#[cfg(feature = "access_request_approvals")]
pub use self::approval_summary::ApprovalSummary;
#[cfg(feature = "connector_rule_management")]
mod argument;
#[cfg(feature = "connector_rule_management")]
pub use self::argument::Argument;
#[cfg(feature = "identities")]
mod assignment_context_dto;
#[cfg(feature = "identities")]
pub use self::assignment_context_dto::AssignmentContextDto;
#[cfg(feature = "sources")]
mod attr_sync_source;
#[cfg(feature = "sources")]
pub use self::attr_sync_source::{AttrSyncSource, AttrSyncSourceType};
#[cfg(feature = "sources")]
mod attr_sync_source_attribute_config;
#[cfg(feature = "sources")]
pub use self::attr_sync_source_attribute_config::AttrSyncSourceAttributeConfig;
#[cfg(feature = "sources")]
mod attr_sync_source_config;
#[cfg(feature = "sources")]
pub use self::attr_sync_source_config::AttrSyncSourceConfig;
#[cfg(feature = "identity_history")]
mod attribute_change;
#[cfg(feature = "identity_history")]
pub use self::attribute_change::AttributeChange;
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
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod attribute_dto;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use self::attribute_dto::AttributeDto;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod attribute_dto_list;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use self::attribute_dto_list::AttributeDtoList;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod attribute_value_dto;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use self::attribute_value_dto::{AttributeValueDto, AttributeValueDtoType};
#[cfg(feature = "identity_history")]
mod attributes_changed;
#[cfg(feature = "identity_history")]
pub use self::attributes_changed::AttributesChanged;
#[cfg(feature = "work_reassignment")]
mod audit_details;
#[cfg(feature = "work_reassignment")]
pub use self::audit_details::AuditDetails;
#[cfg(feature = "auth_profile")]
mod auth_profile;
#[cfg(feature = "auth_profile")]
pub use self::auth_profile::{AuthProfile, AuthProfileType};
#[cfg(feature = "auth_profile")]
mod auth_profile_summary;
#[cfg(feature = "auth_profile")]
pub use self::auth_profile_summary::AuthProfileSummary;
#[cfg(feature = "transforms")]
mod base64_decode;
#[cfg(feature = "transforms")]
pub use self::base64_decode::Base64Decode;
#[cfg(feature = "transforms")]
mod base64_encode;
#[cfg(feature = "transforms")]
pub use self::base64_encode::Base64Encode;
#[cfg(feature = "unreferenced-schemas")]
mod base_common_dto;
#[cfg(feature = "unreferenced-schemas")]
pub use self::base_common_dto::BaseCommonDto;
#[cfg(feature = "unreferenced-schemas")]
mod base_common_dto_v3;
#[cfg(feature = "unreferenced-schemas")]
pub use self::base_common_dto_v3::BaseCommonDtoV3;
#[cfg(feature = "identities")]
mod base_reference_dto;
#[cfg(feature = "identities")]
pub use self::base_reference_dto::BaseReferenceDto;
#[cfg(any(feature = "accounts", feature = "apps"))]
mod base_reference_dto_v3;
#[cfg(any(feature = "accounts", feature = "apps"))]
pub use self::base_reference_dto_v3::BaseReferenceDtoV3;
#[cfg(feature = "identities")]
mod base_role_reference_dto;
#[cfg(feature = "identities")]
pub use self::base_role_reference_dto::BaseRoleReferenceDto;
#[cfg(feature = "triggers")]
mod basic_auth_config;
#[cfg(feature = "triggers")]
pub use self::basic_auth_config::BasicAuthConfig;
#[cfg(feature = "triggers")]
mod bearer_token_auth_config;
#[cfg(feature = "triggers")]
pub use self::bearer_token_auth_config::BearerTokenAuthConfig;
#[cfg(any(feature = "service_desk_integration", feature = "sim_integrations"))]
mod before_provisioning_rule_dto;
#[cfg(any(feature = "service_desk_integration", feature = "sim_integrations"))]
pub use self::before_provisioning_rule_dto::{
    BeforeProvisioningRuleDto, BeforeProvisioningRuleDtoType,
};
#[cfg(feature = "accounts")]
mod bulk_identities_accounts_response;
#[cfg(feature = "accounts")]
pub use self::bulk_identities_accounts_response::BulkIdentitiesAccountsResponse;
#[cfg(feature = "tagged_objects")]
mod bulk_tagged_object;
#[cfg(feature = "tagged_objects")]
pub use self::bulk_tagged_object::{BulkTaggedObject, BulkTaggedObjectOperation};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod campaign_activated;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::campaign_activated::{
    CampaignActivated, CampaignActivatedCampaign, CampaignActivatedCampaignCampaignOwner,
    CampaignActivatedCampaignStatus, CampaignActivatedCampaignType,
};
#[cfg(feature = "certification_campaigns")]
mod campaign_alert;
#[cfg(feature = "certification_campaigns")]
pub use self::campaign_alert::{CampaignAlert, CampaignAlertLevel};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod campaign_ended;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::campaign_ended::{
    CampaignEnded, CampaignEndedCampaign, CampaignEndedCampaignCampaignOwner,
    CampaignEndedCampaignStatus, CampaignEndedCampaignType,
};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod campaign_generated;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::campaign_generated::{
    CampaignGenerated, CampaignGeneratedCampaign, CampaignGeneratedCampaignCampaignOwner,
    CampaignGeneratedCampaignStatus, CampaignGeneratedCampaignType,
};
#[cfg(
    any(
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads"
    )
)]
mod campaign_reference;
#[cfg(
    any(
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads"
    )
)]
pub use self::campaign_reference::{
    CampaignReference, CampaignReferenceCampaignType, CampaignReferenceCorrelatedStatus,
    CampaignReferenceMandatoryCommentRequirement, CampaignReferenceType,
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
#[cfg(feature = "access_requests")]
mod cancel_access_request;
#[cfg(feature = "access_requests")]
pub use self::cancel_access_request::CancelAccessRequest;
#[cfg(feature = "account_activities")]
mod cancelable_account_activity;
#[cfg(feature = "account_activities")]
pub use self::cancelable_account_activity::CancelableAccountActivity;
#[cfg(feature = "access_requests")]
mod cancelled_request_details;
#[cfg(feature = "access_requests")]
pub use self::cancelled_request_details::CancelledRequestDetails;
#[cfg(feature = "access_requests")]
mod cancelled_request_details_v3;
#[cfg(feature = "access_requests")]
pub use self::cancelled_request_details_v3::CancelledRequestDetailsV3;
#[cfg(feature = "certifications")]
mod certification_dto;
#[cfg(feature = "certifications")]
pub use self::certification_dto::CertificationDto;
#[cfg(
    any(feature = "certifications", feature = "triggers", feature = "webhook-payloads")
)]
mod certification_phase;
#[cfg(
    any(feature = "certifications", feature = "triggers", feature = "webhook-payloads")
)]
pub use self::certification_phase::CertificationPhase;
#[cfg(
    any(feature = "certifications", feature = "triggers", feature = "webhook-payloads")
)]
mod certification_reference;
#[cfg(
    any(feature = "certifications", feature = "triggers", feature = "webhook-payloads")
)]
pub use self::certification_reference::CertificationReference;
#[cfg(feature = "unreferenced-schemas")]
mod certification_reference_dto;
#[cfg(feature = "unreferenced-schemas")]
pub use self::certification_reference_dto::CertificationReferenceDto;
#[cfg(
    any(
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads",
        feature = "unreferenced-schemas"
    )
)]
mod certification_reference_dto_type;
#[cfg(
    any(
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads",
        feature = "unreferenced-schemas"
    )
)]
pub use self::certification_reference_dto_type::CertificationReferenceDtoType;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod certification_signed_off;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::certification_signed_off::{
    CertificationSignedOff, CertificationSignedOffCertification,
};
#[cfg(feature = "certification_campaigns")]
mod certification_task;
#[cfg(feature = "certification_campaigns")]
pub use self::certification_task::{
    CertificationTask, CertificationTaskStatus, CertificationTaskTargetType,
    CertificationTaskType,
};
#[cfg(feature = "identity_history")]
mod certifier_response;
#[cfg(feature = "identity_history")]
pub use self::certifier_response::CertifierResponse;
#[cfg(feature = "segments")]
mod children;
#[cfg(feature = "segments")]
pub use self::children::Children;
#[cfg(feature = "managed_clusters")]
mod client_log_configuration;
#[cfg(feature = "managed_clusters")]
pub use self::client_log_configuration::ClientLogConfiguration;
#[cfg(feature = "o_auth_clients")]
mod client_type;
#[cfg(feature = "o_auth_clients")]
pub use self::client_type::ClientType;
#[cfg(feature = "access_requests")]
mod close_access_request;
#[cfg(feature = "access_requests")]
pub use self::close_access_request::{
    CloseAccessRequest, CloseAccessRequestCompletionStatus,
    CloseAccessRequestExecutionStatus,
};
#[cfg(feature = "account_activities")]
mod comment;
#[cfg(feature = "account_activities")]
pub use self::comment::Comment;
#[cfg(feature = "access_request_approvals")]
mod comment_dto;
#[cfg(feature = "access_request_approvals")]
pub use self::comment_dto::{CommentDto, CommentDtoAuthor, CommentDtoAuthorType};
#[cfg(feature = "access_requests")]
mod comment_dto_v2024;
#[cfg(feature = "access_requests")]
pub use self::comment_dto_v2024::{
    CommentDtoV2024, CommentDtoV2024Author, CommentDtoV2024AuthorType,
};
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod comment_dto_v3;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::comment_dto_v3::{CommentDtoV3, CommentDtoV3Author, CommentDtoV3AuthorType};
#[cfg(feature = "iai_common_access")]
mod common_access_id_status;
#[cfg(feature = "iai_common_access")]
pub use self::common_access_id_status::CommonAccessIdStatus;
#[cfg(feature = "iai_common_access")]
mod common_access_item_access;
#[cfg(feature = "iai_common_access")]
pub use self::common_access_item_access::CommonAccessItemAccess;
#[cfg(feature = "iai_common_access")]
mod common_access_item_request;
#[cfg(feature = "iai_common_access")]
pub use self::common_access_item_request::CommonAccessItemRequest;
#[cfg(feature = "iai_common_access")]
mod common_access_item_response;
#[cfg(feature = "iai_common_access")]
pub use self::common_access_item_response::CommonAccessItemResponse;
#[cfg(feature = "iai_common_access")]
mod common_access_item_state;
#[cfg(feature = "iai_common_access")]
pub use self::common_access_item_state::CommonAccessItemState;
#[cfg(feature = "iai_common_access")]
mod common_access_response;
#[cfg(feature = "iai_common_access")]
pub use self::common_access_response::CommonAccessResponse;
#[cfg(feature = "iai_common_access")]
mod common_access_type;
#[cfg(feature = "iai_common_access")]
pub use self::common_access_type::CommonAccessType;
#[cfg(feature = "identity_history")]
mod compare_identity_snapshots_access_type_access_type;
#[cfg(feature = "identity_history")]
pub use self::compare_identity_snapshots_access_type_access_type::CompareIdentitySnapshotsAccessTypeAccessType;
#[cfg(feature = "certification_campaigns")]
mod complete_campaign_options;
#[cfg(feature = "certification_campaigns")]
pub use self::complete_campaign_options::{
    CompleteCampaignOptions, CompleteCampaignOptionsAutoCompleteAction,
};
#[cfg(feature = "triggers")]
mod complete_invocation;
#[cfg(feature = "triggers")]
pub use self::complete_invocation::CompleteInvocation;
#[cfg(feature = "triggers")]
mod complete_invocation_input;
#[cfg(feature = "triggers")]
pub use self::complete_invocation_input::CompleteInvocationInput;
#[cfg(feature = "access_request_approvals")]
mod completed_approval;
#[cfg(feature = "access_request_approvals")]
pub use self::completed_approval::{
    CompletedApproval, CompletedApprovalMaxPermittedAccessDuration,
    CompletedApprovalMaxPermittedAccessDurationTimeUnit,
    CompletedApprovalPreApprovalTriggerResult, CompletedApprovalRequestedFor,
    CompletedApprovalRequestedForType, CompletedApprovalReviewedBy,
    CompletedApprovalReviewedByType,
};
#[cfg(feature = "access_request_approvals")]
mod completed_approval_state;
#[cfg(feature = "access_request_approvals")]
pub use self::completed_approval_state::CompletedApprovalState;
#[cfg(feature = "account_activities")]
mod completion_status;
#[cfg(feature = "account_activities")]
pub use self::completion_status::CompletionStatus;
#[cfg(feature = "transforms")]
mod concat;
#[cfg(feature = "transforms")]
pub use self::concat::Concat;
#[cfg(feature = "custom_forms")]
mod condition_effect;
#[cfg(feature = "custom_forms")]
pub use self::condition_effect::{
    ConditionEffect, ConditionEffectConfig, ConditionEffectEffectType,
};
#[cfg(feature = "custom_forms")]
mod condition_rule;
#[cfg(feature = "custom_forms")]
pub use self::condition_rule::{
    ConditionRule, ConditionRuleOperator, ConditionRuleSourceType, ConditionRuleValueType,
};
#[cfg(feature = "transforms")]
mod conditional;
#[cfg(feature = "transforms")]
pub use self::conditional::Conditional;
#[cfg(feature = "sp_config")]
mod config_export_response_body;
#[cfg(feature = "sp_config")]
pub use self::config_export_response_body::ConfigExportResponseBody;
#[cfg(any(feature = "identity_profiles", feature = "sp_config"))]
mod config_import_export_message;
#[cfg(any(feature = "identity_profiles", feature = "sp_config"))]
pub use self::config_import_export_message::ConfigImportExportMessage;
#[cfg(feature = "sp_config")]
mod config_import_response_body;
#[cfg(feature = "sp_config")]
pub use self::config_import_response_body::ConfigImportResponseBody;
#[cfg(feature = "sp_config")]
mod config_object_for_export_and_import;
#[cfg(feature = "sp_config")]
pub use self::config_object_for_export_and_import::ConfigObjectForExportAndImport;
#[cfg(feature = "sp_config")]
mod config_object_rule;
#[cfg(feature = "sp_config")]
pub use self::config_object_rule::{
    ConfigObjectRule, ConfigObjectRuleModesItem, ConfigObjectRuleValue,
};
#[cfg(feature = "sp_config")]
mod config_object_rules;
#[cfg(feature = "sp_config")]
pub use self::config_object_rules::ConfigObjectRules;
#[cfg(feature = "work_reassignment")]
mod config_type;
#[cfg(feature = "work_reassignment")]
pub use self::config_type::ConfigType;
#[cfg(feature = "work_reassignment")]
mod config_type_enum;
#[cfg(feature = "work_reassignment")]
pub use self::config_type_enum::ConfigTypeEnum;
#[cfg(feature = "work_reassignment")]
mod config_type_enum_camel;
#[cfg(feature = "work_reassignment")]
pub use self::config_type_enum_camel::ConfigTypeEnumCamel;
#[cfg(feature = "work_reassignment")]
mod configuration_details_response;
#[cfg(feature = "work_reassignment")]
pub use self::configuration_details_response::ConfigurationDetailsResponse;
#[cfg(feature = "work_reassignment")]
mod configuration_item_request;
#[cfg(feature = "work_reassignment")]
pub use self::configuration_item_request::ConfigurationItemRequest;
#[cfg(feature = "work_reassignment")]
mod configuration_item_response;
#[cfg(feature = "work_reassignment")]
pub use self::configuration_item_response::ConfigurationItemResponse;
#[cfg(feature = "work_reassignment")]
mod configuration_response;
#[cfg(feature = "work_reassignment")]
pub use self::configuration_response::ConfigurationResponse;
#[cfg(feature = "sod_policies")]
mod conflicting_access_criteria;
#[cfg(feature = "sod_policies")]
pub use self::conflicting_access_criteria::ConflictingAccessCriteria;
#[cfg(feature = "governance_groups")]
mod connected_object;
#[cfg(feature = "governance_groups")]
pub use self::connected_object::ConnectedObject;
#[cfg(feature = "governance_groups")]
mod connected_object_type;
#[cfg(feature = "governance_groups")]
pub use self::connected_object_type::ConnectedObjectType;
#[cfg(feature = "sources")]
mod connector_detail;
#[cfg(feature = "sources")]
pub use self::connector_detail::ConnectorDetail;
#[cfg(feature = "connector_rule_management")]
mod connector_rule_create_request;
#[cfg(feature = "connector_rule_management")]
pub use self::connector_rule_create_request::ConnectorRuleCreateRequest;
#[cfg(feature = "connector_rule_management")]
mod connector_rule_create_request_signature;
#[cfg(feature = "connector_rule_management")]
pub use self::connector_rule_create_request_signature::ConnectorRuleCreateRequestSignature;
#[cfg(feature = "connector_rule_management")]
mod connector_rule_create_request_type;
#[cfg(feature = "connector_rule_management")]
pub use self::connector_rule_create_request_type::ConnectorRuleCreateRequestType;
#[cfg(feature = "connector_rule_management")]
mod connector_rule_response;
#[cfg(feature = "connector_rule_management")]
pub use self::connector_rule_response::ConnectorRuleResponse;
#[cfg(feature = "connector_rule_management")]
mod connector_rule_update_request;
#[cfg(feature = "connector_rule_management")]
pub use self::connector_rule_update_request::ConnectorRuleUpdateRequest;
#[cfg(feature = "connector_rule_management")]
mod connector_rule_validation_response;
#[cfg(feature = "connector_rule_management")]
pub use self::connector_rule_validation_response::{
    ConnectorRuleValidationResponse, ConnectorRuleValidationResponseDetailsItem,
    ConnectorRuleValidationResponseState,
};
#[cfg(feature = "identities")]
mod context_attribute_dto;
#[cfg(feature = "identities")]
pub use self::context_attribute_dto::{ContextAttributeDto, ContextAttributeDtoValue};
#[cfg(feature = "identity_history")]
mod correlated_governance_event;
#[cfg(feature = "identity_history")]
pub use self::correlated_governance_event::{
    CorrelatedGovernanceEvent, CorrelatedGovernanceEventType,
};
#[cfg(feature = "sources")]
mod correlation_config;
#[cfg(feature = "sources")]
pub use self::correlation_config::{
    CorrelationConfig, CorrelationConfigAttributeAssignmentsItem,
    CorrelationConfigAttributeAssignmentsItemMatchMode,
    CorrelationConfigAttributeAssignmentsItemOperation,
};
#[cfg(feature = "custom_forms")]
mod create_form_definition_by_template_response400;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_by_template_response400::CreateFormDefinitionByTemplateResponse400;
#[cfg(feature = "custom_forms")]
mod create_form_definition_by_template_response401;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_by_template_response401::CreateFormDefinitionByTemplateResponse401;
#[cfg(feature = "custom_forms")]
mod create_form_definition_by_template_response403;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_by_template_response403::CreateFormDefinitionByTemplateResponse403;
#[cfg(feature = "custom_forms")]
mod create_form_definition_by_template_response500;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_by_template_response500::CreateFormDefinitionByTemplateResponse500;
#[cfg(feature = "custom_forms")]
mod create_form_definition_dynamic_schema_response400;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_dynamic_schema_response400::CreateFormDefinitionDynamicSchemaResponse400;
#[cfg(feature = "custom_forms")]
mod create_form_definition_dynamic_schema_response401;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_dynamic_schema_response401::CreateFormDefinitionDynamicSchemaResponse401;
#[cfg(feature = "custom_forms")]
mod create_form_definition_dynamic_schema_response403;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_dynamic_schema_response403::CreateFormDefinitionDynamicSchemaResponse403;
#[cfg(feature = "custom_forms")]
mod create_form_definition_dynamic_schema_response404;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_dynamic_schema_response404::CreateFormDefinitionDynamicSchemaResponse404;
#[cfg(feature = "custom_forms")]
mod create_form_definition_dynamic_schema_response500;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_dynamic_schema_response500::CreateFormDefinitionDynamicSchemaResponse500;
#[cfg(feature = "custom_forms")]
mod create_form_definition_file_request_request;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_file_request_request::CreateFormDefinitionFileRequestRequest;
#[cfg(feature = "custom_forms")]
mod create_form_definition_file_request_response400;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_file_request_response400::CreateFormDefinitionFileRequestResponse400;
#[cfg(feature = "custom_forms")]
mod create_form_definition_file_request_response401;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_file_request_response401::CreateFormDefinitionFileRequestResponse401;
#[cfg(feature = "custom_forms")]
mod create_form_definition_file_request_response403;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_file_request_response403::CreateFormDefinitionFileRequestResponse403;
#[cfg(feature = "custom_forms")]
mod create_form_definition_file_request_response404;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_file_request_response404::CreateFormDefinitionFileRequestResponse404;
#[cfg(feature = "custom_forms")]
mod create_form_definition_file_request_response413;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_file_request_response413::CreateFormDefinitionFileRequestResponse413;
#[cfg(feature = "custom_forms")]
mod create_form_definition_file_request_response415;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_file_request_response415::CreateFormDefinitionFileRequestResponse415;
#[cfg(feature = "custom_forms")]
mod create_form_definition_file_request_response500;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_file_request_response500::CreateFormDefinitionFileRequestResponse500;
#[cfg(feature = "custom_forms")]
mod create_form_definition_file_request_response503;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_file_request_response503::CreateFormDefinitionFileRequestResponse503;
#[cfg(feature = "custom_forms")]
mod create_form_definition_request;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_request::CreateFormDefinitionRequest;
#[cfg(feature = "custom_forms")]
mod create_form_definition_response400;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_response400::CreateFormDefinitionResponse400;
#[cfg(feature = "custom_forms")]
mod create_form_definition_response401;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_response401::CreateFormDefinitionResponse401;
#[cfg(feature = "custom_forms")]
mod create_form_definition_response403;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_response403::CreateFormDefinitionResponse403;
#[cfg(feature = "custom_forms")]
mod create_form_definition_response500;
#[cfg(feature = "custom_forms")]
pub use self::create_form_definition_response500::CreateFormDefinitionResponse500;
#[cfg(feature = "custom_forms")]
mod create_form_instance_request;
#[cfg(feature = "custom_forms")]
pub use self::create_form_instance_request::{
    CreateFormInstanceRequest, CreateFormInstanceRequestState,
};
#[cfg(feature = "custom_forms")]
mod create_form_instance_response400;
#[cfg(feature = "custom_forms")]
pub use self::create_form_instance_response400::CreateFormInstanceResponse400;
#[cfg(feature = "custom_forms")]
mod create_form_instance_response401;
#[cfg(feature = "custom_forms")]
pub use self::create_form_instance_response401::CreateFormInstanceResponse401;
#[cfg(feature = "custom_forms")]
mod create_form_instance_response403;
#[cfg(feature = "custom_forms")]
pub use self::create_form_instance_response403::CreateFormInstanceResponse403;
#[cfg(feature = "custom_forms")]
mod create_form_instance_response500;
#[cfg(feature = "custom_forms")]
pub use self::create_form_instance_response500::CreateFormInstanceResponse500;
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
#[cfg(feature = "custom_password_instructions")]
mod custom_password_instruction;
#[cfg(feature = "custom_password_instructions")]
pub use self::custom_password_instruction::{
    CustomPasswordInstruction, CustomPasswordInstructionPageId,
};
#[cfg(feature = "transforms")]
mod date_compare;
#[cfg(feature = "transforms")]
pub use self::date_compare::{
    DateCompare, DateCompareFirstDate, DateCompareOperator, DateCompareSecondDate,
};
#[cfg(feature = "transforms")]
mod date_format;
#[cfg(feature = "transforms")]
pub use self::date_format::{DateFormat, DateFormatInputFormat, DateFormatOutputFormat};
#[cfg(feature = "transforms")]
mod date_math;
#[cfg(feature = "transforms")]
pub use self::date_math::DateMath;
#[cfg(feature = "transforms")]
mod decompose_diacritical_marks;
#[cfg(feature = "transforms")]
pub use self::decompose_diacritical_marks::DecomposeDiacriticalMarks;
#[cfg(feature = "certification_campaigns")]
mod delete_campaigns_request;
#[cfg(feature = "certification_campaigns")]
pub use self::delete_campaigns_request::DeleteCampaignsRequest;
#[cfg(feature = "custom_password_instructions")]
mod delete_custom_password_instructions_page_id;
#[cfg(feature = "custom_password_instructions")]
pub use self::delete_custom_password_instructions_page_id::DeleteCustomPasswordInstructionsPageId;
#[cfg(feature = "custom_forms")]
mod delete_form_definition_response400;
#[cfg(feature = "custom_forms")]
pub use self::delete_form_definition_response400::DeleteFormDefinitionResponse400;
#[cfg(feature = "custom_forms")]
mod delete_form_definition_response401;
#[cfg(feature = "custom_forms")]
pub use self::delete_form_definition_response401::DeleteFormDefinitionResponse401;
#[cfg(feature = "custom_forms")]
mod delete_form_definition_response403;
#[cfg(feature = "custom_forms")]
pub use self::delete_form_definition_response403::DeleteFormDefinitionResponse403;
#[cfg(feature = "custom_forms")]
mod delete_form_definition_response404;
#[cfg(feature = "custom_forms")]
pub use self::delete_form_definition_response404::DeleteFormDefinitionResponse404;
#[cfg(feature = "custom_forms")]
mod delete_form_definition_response500;
#[cfg(feature = "custom_forms")]
pub use self::delete_form_definition_response500::DeleteFormDefinitionResponse500;
#[cfg(feature = "icons")]
mod delete_icon_object_type;
#[cfg(feature = "icons")]
pub use self::delete_icon_object_type::DeleteIconObjectType;
#[cfg(feature = "mfa_configuration")]
mod delete_mfa_config_method;
#[cfg(feature = "mfa_configuration")]
pub use self::delete_mfa_config_method::DeleteMfaConfigMethod;
#[cfg(feature = "non_employee_lifecycle_management")]
mod delete_non_employee_record_in_bulk_request;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::delete_non_employee_record_in_bulk_request::DeleteNonEmployeeRecordInBulkRequest;
#[cfg(feature = "sources")]
mod delete_response;
#[cfg(feature = "sources")]
pub use self::delete_response::{DeleteResponse, DeleteResponseType};
#[cfg(feature = "tagged_objects")]
mod delete_tagged_object_type;
#[cfg(feature = "tagged_objects")]
pub use self::delete_tagged_object_type::DeleteTaggedObjectType;
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
#[cfg(feature = "notifications")]
mod dkim_attributes;
#[cfg(feature = "notifications")]
pub use self::dkim_attributes::DkimAttributes;
#[cfg(feature = "notifications")]
mod domain_address;
#[cfg(feature = "notifications")]
pub use self::domain_address::DomainAddress;
#[cfg(feature = "notifications")]
mod domain_status_dto;
#[cfg(feature = "notifications")]
pub use self::domain_status_dto::DomainStatusDto;
#[cfg(feature = "access_requests")]
mod dto_type;
#[cfg(feature = "access_requests")]
pub use self::dto_type::DtoType;
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "accounts",
        feature = "apps",
        feature = "non_employee_lifecycle_management",
        feature = "public_identities_config",
        feature = "roles",
        feature = "sim_integrations",
        feature = "unreferenced-schemas"
    )
)]
mod dto_type_v3;
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "accounts",
        feature = "apps",
        feature = "non_employee_lifecycle_management",
        feature = "public_identities_config",
        feature = "roles",
        feature = "sim_integrations",
        feature = "unreferenced-schemas"
    )
)]
pub use self::dto_type_v3::DtoTypeV3;
#[cfg(feature = "mfa_controller")]
mod duo_verification_request;
#[cfg(feature = "mfa_controller")]
pub use self::duo_verification_request::DuoVerificationRequest;
#[cfg(feature = "transforms")]
mod e164phone;
#[cfg(feature = "transforms")]
pub use self::e164phone::E164phone;
#[cfg(feature = "lifecycle_states")]
mod email_notification_option;
#[cfg(feature = "lifecycle_states")]
pub use self::email_notification_option::EmailNotificationOption;
#[cfg(feature = "notifications")]
mod email_status_dto;
#[cfg(feature = "notifications")]
pub use self::email_status_dto::{EmailStatusDto, EmailStatusDtoVerificationStatus};
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod entitlement;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use self::entitlement::{Entitlement, EntitlementSource};
#[cfg(any(feature = "entitlements", feature = "sources"))]
mod entitlement_access_request_config;
#[cfg(any(feature = "entitlements", feature = "sources"))]
pub use self::entitlement_access_request_config::{
    EntitlementAccessRequestConfig,
    EntitlementAccessRequestConfigMaxPermittedAccessDuration,
    EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit,
};
#[cfg(any(feature = "entitlements", feature = "sources"))]
mod entitlement_approval_scheme;
#[cfg(any(feature = "entitlements", feature = "sources"))]
pub use self::entitlement_approval_scheme::{
    EntitlementApprovalScheme, EntitlementApprovalSchemeApproverType,
};
#[cfg(feature = "entitlements")]
mod entitlement_bulk_update_request;
#[cfg(feature = "entitlements")]
pub use self::entitlement_bulk_update_request::EntitlementBulkUpdateRequest;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
mod entitlement_ref;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
pub use self::entitlement_ref::{EntitlementRef, EntitlementRefType};
#[cfg(feature = "entitlements")]
mod entitlement_request_config;
#[cfg(feature = "entitlements")]
pub use self::entitlement_request_config::EntitlementRequestConfig;
#[cfg(feature = "access_requests")]
mod entitlement_request_config_v3;
#[cfg(feature = "access_requests")]
pub use self::entitlement_request_config_v3::EntitlementRequestConfigV3;
#[cfg(any(feature = "entitlements", feature = "sources"))]
mod entitlement_revocation_request_config;
#[cfg(any(feature = "entitlements", feature = "sources"))]
pub use self::entitlement_revocation_request_config::EntitlementRevocationRequestConfig;
#[cfg(feature = "entitlements")]
mod entitlement_source_reset_base_reference_dto;
#[cfg(feature = "entitlements")]
pub use self::entitlement_source_reset_base_reference_dto::EntitlementSourceResetBaseReferenceDto;
#[cfg(feature = "iai_role_mining")]
mod entity_created_by_dto;
#[cfg(feature = "iai_role_mining")]
pub use self::entity_created_by_dto::EntityCreatedByDto;
#[cfg(feature = "custom_forms")]
mod error;
#[cfg(feature = "custom_forms")]
pub use self::error::Error;
#[cfg(feature = "custom_forms")]
mod error_message;
#[cfg(feature = "custom_forms")]
pub use self::error_message::ErrorMessage;
#[cfg(feature = "access_requests")]
mod error_message_dto;
#[cfg(feature = "access_requests")]
pub use self::error_message_dto::ErrorMessageDto;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_aggregations",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_password_instructions",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_message_catalogs",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "launchers",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_configuration",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities_config",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "source_usages",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "tagged_objects",
        feature = "tags",
        feature = "task_management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
mod error_message_dto_v3;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_aggregations",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_password_instructions",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_message_catalogs",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "launchers",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_configuration",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities_config",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "source_usages",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "tagged_objects",
        feature = "tags",
        feature = "task_management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
pub use self::error_message_dto_v3::ErrorMessageDtoV3;
#[cfg(feature = "access_requests")]
mod error_response_dto;
#[cfg(feature = "access_requests")]
pub use self::error_response_dto::ErrorResponseDto;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_aggregations",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_password_instructions",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_message_catalogs",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "launchers",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_configuration",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities_config",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "source_usages",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "tagged_objects",
        feature = "tags",
        feature = "task_management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
mod error_response_dto_v3;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_aggregations",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_password_instructions",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_message_catalogs",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "launchers",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_configuration",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities_config",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "source_usages",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "tagged_objects",
        feature = "tags",
        feature = "task_management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
pub use self::error_response_dto_v3::ErrorResponseDtoV3;
#[cfg(feature = "work_reassignment")]
mod evaluate_response;
#[cfg(feature = "work_reassignment")]
pub use self::evaluate_response::EvaluateResponse;
#[cfg(feature = "triggers")]
mod event_bridge_config;
#[cfg(feature = "triggers")]
pub use self::event_bridge_config::EventBridgeConfig;
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
#[cfg(feature = "custom_forms")]
mod export_form_definitions_by_tenant_response400;
#[cfg(feature = "custom_forms")]
pub use self::export_form_definitions_by_tenant_response400::ExportFormDefinitionsByTenantResponse400;
#[cfg(feature = "custom_forms")]
mod export_form_definitions_by_tenant_response401;
#[cfg(feature = "custom_forms")]
pub use self::export_form_definitions_by_tenant_response401::ExportFormDefinitionsByTenantResponse401;
#[cfg(feature = "custom_forms")]
mod export_form_definitions_by_tenant_response403;
#[cfg(feature = "custom_forms")]
pub use self::export_form_definitions_by_tenant_response403::ExportFormDefinitionsByTenantResponse403;
#[cfg(feature = "custom_forms")]
mod export_form_definitions_by_tenant_response500;
#[cfg(feature = "custom_forms")]
pub use self::export_form_definitions_by_tenant_response500::ExportFormDefinitionsByTenantResponse500;
#[cfg(feature = "custom_forms")]
mod export_form_definitions_by_tenant_response_item;
#[cfg(feature = "custom_forms")]
pub use self::export_form_definitions_by_tenant_response_item::ExportFormDefinitionsByTenantResponseItem;
#[cfg(feature = "sp_config")]
mod export_options;
#[cfg(feature = "sp_config")]
pub use self::export_options::ExportOptions;
#[cfg(feature = "sp_config")]
mod export_options_exclude_types_item;
#[cfg(feature = "sp_config")]
pub use self::export_options_exclude_types_item::ExportOptionsExcludeTypesItem;
#[cfg(feature = "sp_config")]
mod export_options_include_types_item;
#[cfg(feature = "sp_config")]
pub use self::export_options_include_types_item::ExportOptionsIncludeTypesItem;
#[cfg(feature = "iai_outliers")]
mod export_outliers_zip_type;
#[cfg(feature = "iai_outliers")]
pub use self::export_outliers_zip_type::ExportOutliersZipType;
#[cfg(feature = "sp_config")]
mod export_payload;
#[cfg(feature = "sp_config")]
pub use self::export_payload::ExportPayload;
#[cfg(feature = "segments")]
mod expression;
#[cfg(feature = "segments")]
pub use self::expression::{Expression, ExpressionOperator};
#[cfg(feature = "workflows")]
mod external_trigger_attributes;
#[cfg(feature = "workflows")]
pub use self::external_trigger_attributes::ExternalTriggerAttributes;
#[cfg(feature = "iai_recommendations")]
mod feature_value_dto;
#[cfg(feature = "iai_recommendations")]
pub use self::feature_value_dto::FeatureValueDto;
#[cfg(feature = "unreferenced-schemas")]
mod field;
#[cfg(feature = "unreferenced-schemas")]
pub use self::field::Field;
#[cfg(feature = "sources")]
mod field_details_dto;
#[cfg(feature = "sources")]
pub use self::field_details_dto::{FieldDetailsDto, FieldDetailsDtoType};
#[cfg(feature = "transforms")]
mod first_valid;
#[cfg(feature = "transforms")]
pub use self::first_valid::FirstValid;
#[cfg(feature = "work_items")]
mod form;
#[cfg(feature = "work_items")]
pub use self::form::Form;
#[cfg(feature = "custom_forms")]
mod form_condition;
#[cfg(feature = "custom_forms")]
pub use self::form_condition::{FormCondition, FormConditionRuleOperator};
#[cfg(feature = "custom_forms")]
mod form_definition_dynamic_schema_request;
#[cfg(feature = "custom_forms")]
pub use self::form_definition_dynamic_schema_request::{
    FormDefinitionDynamicSchemaRequest, FormDefinitionDynamicSchemaRequestAttributes,
};
#[cfg(feature = "custom_forms")]
mod form_definition_dynamic_schema_response;
#[cfg(feature = "custom_forms")]
pub use self::form_definition_dynamic_schema_response::FormDefinitionDynamicSchemaResponse;
#[cfg(feature = "custom_forms")]
mod form_definition_file_upload_response;
#[cfg(feature = "custom_forms")]
pub use self::form_definition_file_upload_response::FormDefinitionFileUploadResponse;
#[cfg(feature = "custom_forms")]
mod form_definition_input;
#[cfg(feature = "custom_forms")]
pub use self::form_definition_input::{FormDefinitionInput, FormDefinitionInputType};
#[cfg(feature = "custom_forms")]
mod form_definition_response;
#[cfg(feature = "custom_forms")]
pub use self::form_definition_response::FormDefinitionResponse;
#[cfg(feature = "custom_forms")]
mod form_definition_self_import_export_dto;
#[cfg(feature = "custom_forms")]
pub use self::form_definition_self_import_export_dto::{
    FormDefinitionSelfImportExportDto, FormDefinitionSelfImportExportDtoType,
};
#[cfg(feature = "custom_forms")]
mod form_element;
#[cfg(feature = "custom_forms")]
pub use self::form_element::{FormElement, FormElementElementType};
#[cfg(feature = "custom_forms")]
mod form_element_data_source_config_options;
#[cfg(feature = "custom_forms")]
pub use self::form_element_data_source_config_options::FormElementDataSourceConfigOptions;
#[cfg(feature = "custom_forms")]
mod form_element_dynamic_data_source;
#[cfg(feature = "custom_forms")]
pub use self::form_element_dynamic_data_source::{
    FormElementDynamicDataSource, FormElementDynamicDataSourceDataSourceType,
};
#[cfg(feature = "custom_forms")]
mod form_element_dynamic_data_source_config;
#[cfg(feature = "custom_forms")]
pub use self::form_element_dynamic_data_source_config::{
    FormElementDynamicDataSourceConfig, FormElementDynamicDataSourceConfigIndicesItem,
    FormElementDynamicDataSourceConfigObjectType,
};
#[cfg(feature = "custom_forms")]
mod form_element_preview_request;
#[cfg(feature = "custom_forms")]
pub use self::form_element_preview_request::FormElementPreviewRequest;
#[cfg(feature = "custom_forms")]
mod form_element_validations_set;
#[cfg(feature = "custom_forms")]
pub use self::form_element_validations_set::{
    FormElementValidationsSet, FormElementValidationsSetValidationType,
};
#[cfg(feature = "custom_forms")]
mod form_error;
#[cfg(feature = "custom_forms")]
pub use self::form_error::FormError;
#[cfg(feature = "custom_forms")]
mod form_instance_created_by;
#[cfg(feature = "custom_forms")]
pub use self::form_instance_created_by::{
    FormInstanceCreatedBy, FormInstanceCreatedByType,
};
#[cfg(feature = "custom_forms")]
mod form_instance_recipient;
#[cfg(feature = "custom_forms")]
pub use self::form_instance_recipient::{
    FormInstanceRecipient, FormInstanceRecipientType,
};
#[cfg(feature = "custom_forms")]
mod form_instance_response;
#[cfg(feature = "custom_forms")]
pub use self::form_instance_response::{FormInstanceResponse, FormInstanceResponseState};
#[cfg(feature = "unreferenced-schemas")]
mod form_item;
#[cfg(feature = "unreferenced-schemas")]
pub use self::form_item::FormItem;
#[cfg(feature = "custom_forms")]
mod form_owner;
#[cfg(feature = "custom_forms")]
pub use self::form_owner::{FormOwner, FormOwnerType};
#[cfg(feature = "webhook-payloads")]
mod form_submitted;
#[cfg(feature = "webhook-payloads")]
pub use self::form_submitted::{
    FormSubmitted, FormSubmittedCreatedBy, FormSubmittedCreatedByType,
    FormSubmittedSubmittedBy, FormSubmittedSubmittedByType,
};
#[cfg(feature = "custom_forms")]
mod form_used_by;
#[cfg(feature = "custom_forms")]
pub use self::form_used_by::{FormUsedBy, FormUsedByType};
#[cfg(feature = "access_request_approvals")]
mod forward_approval_dto;
#[cfg(feature = "access_request_approvals")]
pub use self::forward_approval_dto::ForwardApprovalDto;
#[cfg(feature = "certification_campaigns")]
mod fullcampaign;
#[cfg(feature = "certification_campaigns")]
pub use self::fullcampaign::{
    Fullcampaign, FullcampaignCorrelatedStatus, FullcampaignFilter,
    FullcampaignFilterType, FullcampaignMachineAccountCampaignInfo,
    FullcampaignMachineAccountCampaignInfoReviewerType,
    FullcampaignMandatoryCommentRequirement, FullcampaignRoleCompositionCampaignInfo,
    FullcampaignRoleCompositionCampaignInfoRemediatorRef,
    FullcampaignRoleCompositionCampaignInfoRemediatorRefType,
    FullcampaignRoleCompositionCampaignInfoReviewer,
    FullcampaignRoleCompositionCampaignInfoReviewerType, FullcampaignSearchCampaignInfo,
    FullcampaignSearchCampaignInfoReviewer, FullcampaignSearchCampaignInfoReviewerType,
    FullcampaignSearchCampaignInfoType, FullcampaignSourceOwnerCampaignInfo,
    FullcampaignSourcesWithOrphanEntitlementsItem,
    FullcampaignSourcesWithOrphanEntitlementsItemType,
};
#[cfg(feature = "transforms")]
mod generate_random_string;
#[cfg(feature = "transforms")]
pub use self::generate_random_string::GenerateRandomString;
#[cfg(feature = "access_request_identity_metrics")]
mod get_access_request_identity_metrics_type;
#[cfg(feature = "access_request_identity_metrics")]
pub use self::get_access_request_identity_metrics_type::GetAccessRequestIdentityMetricsType;
#[cfg(feature = "multi_host_integration")]
mod get_acct_aggregation_groups_response;
#[cfg(feature = "multi_host_integration")]
pub use self::get_acct_aggregation_groups_response::GetAcctAggregationGroupsResponse;
#[cfg(feature = "certification_campaigns")]
mod get_active_campaigns_detail;
#[cfg(feature = "certification_campaigns")]
pub use self::get_active_campaigns_detail::GetActiveCampaignsDetail;
#[cfg(feature = "certification_campaigns")]
mod get_active_campaigns_response_item;
#[cfg(feature = "certification_campaigns")]
pub use self::get_active_campaigns_response_item::GetActiveCampaignsResponseItem;
#[cfg(feature = "connectors")]
mod get_connector_list_locale;
#[cfg(feature = "connectors")]
pub use self::get_connector_list_locale::GetConnectorListLocale;
#[cfg(feature = "custom_password_instructions")]
mod get_custom_password_instructions_page_id;
#[cfg(feature = "custom_password_instructions")]
pub use self::get_custom_password_instructions_page_id::GetCustomPasswordInstructionsPageId;
#[cfg(feature = "application_discovery")]
mod get_discovered_applications_detail;
#[cfg(feature = "application_discovery")]
pub use self::get_discovered_applications_detail::GetDiscoveredApplicationsDetail;
#[cfg(feature = "application_discovery")]
mod get_discovered_applications_response_item;
#[cfg(feature = "application_discovery")]
pub use self::get_discovered_applications_response_item::GetDiscoveredApplicationsResponseItem;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response400;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response400::GetFileFromS3Response400;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response400_jpeg;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response400_jpeg::GetFileFromS3Response400Jpeg;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response400_octet_stream;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response400_octet_stream::GetFileFromS3Response400OctetStream;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response400_png;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response400_png::GetFileFromS3Response400Png;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response401;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response401::GetFileFromS3Response401;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response401_jpeg;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response401_jpeg::GetFileFromS3Response401Jpeg;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response401_octet_stream;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response401_octet_stream::GetFileFromS3Response401OctetStream;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response401_png;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response401_png::GetFileFromS3Response401Png;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response403;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response403::GetFileFromS3Response403;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response403_jpeg;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response403_jpeg::GetFileFromS3Response403Jpeg;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response403_octet_stream;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response403_octet_stream::GetFileFromS3Response403OctetStream;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response403_png;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response403_png::GetFileFromS3Response403Png;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response404;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response404::GetFileFromS3Response404;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response404_jpeg;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response404_jpeg::GetFileFromS3Response404Jpeg;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response404_octet_stream;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response404_octet_stream::GetFileFromS3Response404OctetStream;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response404_png;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response404_png::GetFileFromS3Response404Png;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response500;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response500::GetFileFromS3Response500;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response500_jpeg;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response500_jpeg::GetFileFromS3Response500Jpeg;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response500_octet_stream;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response500_octet_stream::GetFileFromS3Response500OctetStream;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response500_png;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response500_png::GetFileFromS3Response500Png;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response503;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response503::GetFileFromS3Response503;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response503_jpeg;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response503_jpeg::GetFileFromS3Response503Jpeg;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response503_octet_stream;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response503_octet_stream::GetFileFromS3Response503OctetStream;
#[cfg(feature = "custom_forms")]
mod get_file_from_s3_response503_png;
#[cfg(feature = "custom_forms")]
pub use self::get_file_from_s3_response503_png::GetFileFromS3Response503Png;
#[cfg(feature = "custom_forms")]
mod get_form_definition_by_key_response400;
#[cfg(feature = "custom_forms")]
pub use self::get_form_definition_by_key_response400::GetFormDefinitionByKeyResponse400;
#[cfg(feature = "custom_forms")]
mod get_form_definition_by_key_response401;
#[cfg(feature = "custom_forms")]
pub use self::get_form_definition_by_key_response401::GetFormDefinitionByKeyResponse401;
#[cfg(feature = "custom_forms")]
mod get_form_definition_by_key_response403;
#[cfg(feature = "custom_forms")]
pub use self::get_form_definition_by_key_response403::GetFormDefinitionByKeyResponse403;
#[cfg(feature = "custom_forms")]
mod get_form_definition_by_key_response404;
#[cfg(feature = "custom_forms")]
pub use self::get_form_definition_by_key_response404::GetFormDefinitionByKeyResponse404;
#[cfg(feature = "custom_forms")]
mod get_form_definition_by_key_response500;
#[cfg(feature = "custom_forms")]
pub use self::get_form_definition_by_key_response500::GetFormDefinitionByKeyResponse500;
#[cfg(feature = "custom_forms")]
mod get_form_instance_by_key_response400;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_by_key_response400::GetFormInstanceByKeyResponse400;
#[cfg(feature = "custom_forms")]
mod get_form_instance_by_key_response401;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_by_key_response401::GetFormInstanceByKeyResponse401;
#[cfg(feature = "custom_forms")]
mod get_form_instance_by_key_response403;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_by_key_response403::GetFormInstanceByKeyResponse403;
#[cfg(feature = "custom_forms")]
mod get_form_instance_by_key_response404;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_by_key_response404::GetFormInstanceByKeyResponse404;
#[cfg(feature = "custom_forms")]
mod get_form_instance_by_key_response500;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_by_key_response500::GetFormInstanceByKeyResponse500;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response400;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response400::GetFormInstanceFileResponse400;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response400_jpeg;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response400_jpeg::GetFormInstanceFileResponse400Jpeg;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response400_octet_stream;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response400_octet_stream::GetFormInstanceFileResponse400OctetStream;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response400_png;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response400_png::GetFormInstanceFileResponse400Png;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response401;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response401::GetFormInstanceFileResponse401;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response401_jpeg;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response401_jpeg::GetFormInstanceFileResponse401Jpeg;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response401_octet_stream;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response401_octet_stream::GetFormInstanceFileResponse401OctetStream;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response401_png;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response401_png::GetFormInstanceFileResponse401Png;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response403;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response403::GetFormInstanceFileResponse403;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response403_jpeg;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response403_jpeg::GetFormInstanceFileResponse403Jpeg;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response403_octet_stream;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response403_octet_stream::GetFormInstanceFileResponse403OctetStream;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response403_png;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response403_png::GetFormInstanceFileResponse403Png;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response404;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response404::GetFormInstanceFileResponse404;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response404_jpeg;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response404_jpeg::GetFormInstanceFileResponse404Jpeg;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response404_octet_stream;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response404_octet_stream::GetFormInstanceFileResponse404OctetStream;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response404_png;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response404_png::GetFormInstanceFileResponse404Png;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response500;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response500::GetFormInstanceFileResponse500;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response500_jpeg;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response500_jpeg::GetFormInstanceFileResponse500Jpeg;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response500_octet_stream;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response500_octet_stream::GetFormInstanceFileResponse500OctetStream;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response500_png;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response500_png::GetFormInstanceFileResponse500Png;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response503;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response503::GetFormInstanceFileResponse503;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response503_jpeg;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response503_jpeg::GetFormInstanceFileResponse503Jpeg;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response503_octet_stream;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response503_octet_stream::GetFormInstanceFileResponse503OctetStream;
#[cfg(feature = "custom_forms")]
mod get_form_instance_file_response503_png;
#[cfg(feature = "custom_forms")]
pub use self::get_form_instance_file_response503_png::GetFormInstanceFileResponse503Png;
#[cfg(feature = "identity_history")]
mod get_historical_identity_events_response_item;
#[cfg(feature = "identity_history")]
pub use self::get_historical_identity_events_response_item::GetHistoricalIdentityEventsResponseItem;
#[cfg(feature = "iai_outliers")]
mod get_identity_outlier_snapshots_type;
#[cfg(feature = "iai_outliers")]
pub use self::get_identity_outlier_snapshots_type::GetIdentityOutlierSnapshotsType;
#[cfg(feature = "iai_outliers")]
mod get_identity_outliers_type;
#[cfg(feature = "iai_outliers")]
pub use self::get_identity_outliers_type::GetIdentityOutliersType;
#[cfg(feature = "identity_history")]
mod get_identity_snapshot_summary_interval;
#[cfg(feature = "identity_history")]
pub use self::get_identity_snapshot_summary_interval::GetIdentitySnapshotSummaryInterval;
#[cfg(feature = "iai_outliers")]
mod get_latest_identity_outlier_snapshots_type;
#[cfg(feature = "iai_outliers")]
pub use self::get_latest_identity_outlier_snapshots_type::GetLatestIdentityOutlierSnapshotsType;
#[cfg(feature = "launchers")]
mod get_launchers_response;
#[cfg(feature = "launchers")]
pub use self::get_launchers_response::GetLaunchersResponse;
#[cfg(feature = "iai_message_catalogs")]
mod get_message_catalogs_catalog_id;
#[cfg(feature = "iai_message_catalogs")]
pub use self::get_message_catalogs_catalog_id::GetMessageCatalogsCatalogId;
#[cfg(feature = "o_auth_clients")]
mod get_o_auth_client_response;
#[cfg(feature = "o_auth_clients")]
pub use self::get_o_auth_client_response::GetOAuthClientResponse;
#[cfg(feature = "iai_peer_group_strategies")]
mod get_peer_group_outliers_strategy;
#[cfg(feature = "iai_peer_group_strategies")]
pub use self::get_peer_group_outliers_strategy::GetPeerGroupOutliersStrategy;
#[cfg(feature = "personal_access_tokens")]
mod get_personal_access_token_response;
#[cfg(feature = "personal_access_tokens")]
pub use self::get_personal_access_token_response::GetPersonalAccessTokenResponse;
#[cfg(feature = "transforms")]
mod get_reference_identity_attribute;
#[cfg(feature = "transforms")]
pub use self::get_reference_identity_attribute::GetReferenceIdentityAttribute;
#[cfg(feature = "identities")]
mod get_role_assignments_response_item;
#[cfg(feature = "identities")]
pub use self::get_role_assignments_response_item::GetRoleAssignmentsResponseItem;
#[cfg(any(feature = "service_desk_integration", feature = "sim_integrations"))]
mod get_service_desk_integration_list_response_item;
#[cfg(any(feature = "service_desk_integration", feature = "sim_integrations"))]
pub use self::get_service_desk_integration_list_response_item::GetServiceDeskIntegrationListResponseItem;
#[cfg(feature = "sources")]
mod get_source_config_locale;
#[cfg(feature = "sources")]
pub use self::get_source_config_locale::GetSourceConfigLocale;
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
#[cfg(feature = "triggers")]
mod http_authentication_type;
#[cfg(feature = "triggers")]
pub use self::http_authentication_type::HttpAuthenticationType;
#[cfg(feature = "triggers")]
mod http_config;
#[cfg(feature = "triggers")]
pub use self::http_config::HttpConfig;
#[cfg(feature = "triggers")]
mod http_dispatch_mode;
#[cfg(feature = "triggers")]
pub use self::http_dispatch_mode::HttpDispatchMode;
#[cfg(feature = "accounts")]
mod identities_accounts_bulk_request;
#[cfg(feature = "accounts")]
pub use self::identities_accounts_bulk_request::IdentitiesAccountsBulkRequest;
#[cfg(feature = "work_reassignment")]
mod identity;
#[cfg(feature = "work_reassignment")]
pub use self::identity::Identity;
#[cfg(feature = "identities")]
mod identity_association_details;
#[cfg(feature = "identities")]
pub use self::identity_association_details::{
    IdentityAssociationDetails, IdentityAssociationDetailsAssociationDetailsItem,
};
#[cfg(feature = "transforms")]
mod identity_attribute;
#[cfg(feature = "transforms")]
pub use self::identity_attribute::IdentityAttribute;
#[cfg(feature = "identity_profiles")]
mod identity_attribute_config;
#[cfg(feature = "identity_profiles")]
pub use self::identity_attribute_config::IdentityAttributeConfig;
#[cfg(feature = "identity_profiles")]
mod identity_attribute_config_v3;
#[cfg(feature = "identity_profiles")]
pub use self::identity_attribute_config_v3::IdentityAttributeConfigV3;
#[cfg(feature = "identity_attributes")]
mod identity_attribute_names;
#[cfg(feature = "identity_attributes")]
pub use self::identity_attribute_names::IdentityAttributeNames;
#[cfg(feature = "identity_profiles")]
mod identity_attribute_preview;
#[cfg(feature = "identity_profiles")]
pub use self::identity_attribute_preview::IdentityAttributePreview;
#[cfg(feature = "identity_profiles")]
mod identity_attribute_transform;
#[cfg(feature = "identity_profiles")]
pub use self::identity_attribute_transform::IdentityAttributeTransform;
#[cfg(feature = "identity_profiles")]
mod identity_attribute_transform_v3;
#[cfg(feature = "identity_profiles")]
pub use self::identity_attribute_transform_v3::IdentityAttributeTransformV3;
#[cfg(feature = "identity_attributes")]
mod identity_attribute_v3;
#[cfg(feature = "identity_attributes")]
pub use self::identity_attribute_v3::IdentityAttributeV3;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod identity_attributes_changed;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::identity_attributes_changed::{
    IdentityAttributesChanged, IdentityAttributesChangedChangesItem,
    IdentityAttributesChangedChangesItemNewValue,
    IdentityAttributesChangedChangesItemNewValueVariant4Value,
    IdentityAttributesChangedChangesItemOldValue,
    IdentityAttributesChangedChangesItemOldValueVariant4Value,
    IdentityAttributesChangedIdentity, IdentityAttributesChangedIdentityType,
};
#[cfg(feature = "certifications")]
mod identity_certification_task;
#[cfg(feature = "certifications")]
pub use self::identity_certification_task::{
    IdentityCertificationTask, IdentityCertificationTaskStatus,
    IdentityCertificationTaskType,
};
#[cfg(feature = "identity_history")]
mod identity_certified;
#[cfg(feature = "identity_history")]
pub use self::identity_certified::IdentityCertified;
#[cfg(feature = "identity_history")]
mod identity_compare_response;
#[cfg(feature = "identity_history")]
pub use self::identity_compare_response::IdentityCompareResponse;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod identity_created;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::identity_created::{
    IdentityCreated, IdentityCreatedIdentity, IdentityCreatedIdentityType,
};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod identity_deleted;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::identity_deleted::{
    IdentityDeleted, IdentityDeletedIdentity, IdentityDeletedIdentityType,
};
#[cfg(feature = "identities")]
mod identity_dto;
#[cfg(feature = "identities")]
pub use self::identity_dto::{
    IdentityDto, IdentityDtoIdentityStatus, IdentityDtoManagerRef,
    IdentityDtoManagerRefType, IdentityDtoProcessingState,
};
#[cfg(feature = "identities")]
mod identity_entities;
#[cfg(feature = "identities")]
pub use self::identity_entities::{IdentityEntities, IdentityEntitiesIdentityEntity};
#[cfg(feature = "identity_profiles")]
mod identity_exception_report_reference;
#[cfg(feature = "identity_profiles")]
pub use self::identity_exception_report_reference::IdentityExceptionReportReference;
#[cfg(feature = "identity_profiles")]
mod identity_exception_report_reference_v3;
#[cfg(feature = "identity_profiles")]
pub use self::identity_exception_report_reference_v3::IdentityExceptionReportReferenceV3;
#[cfg(feature = "identity_history")]
mod identity_history_response;
#[cfg(feature = "identity_history")]
pub use self::identity_history_response::IdentityHistoryResponse;
#[cfg(feature = "identity_history")]
mod identity_list_item;
#[cfg(feature = "identity_history")]
pub use self::identity_list_item::IdentityListItem;
#[cfg(feature = "identities")]
mod identity_ownership_association_details;
#[cfg(feature = "identities")]
pub use self::identity_ownership_association_details::{
    IdentityOwnershipAssociationDetails,
    IdentityOwnershipAssociationDetailsAssociationDetailsItem,
};
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
pub use self::identity_profile_exported_object::IdentityProfileExportedObject;
#[cfg(feature = "identity_profiles")]
mod identity_profile_v3;
#[cfg(feature = "identity_profiles")]
pub use self::identity_profile_v3::{
    IdentityProfileV3, IdentityProfileV3AuthoritativeSource,
    IdentityProfileV3AuthoritativeSourceType, IdentityProfileV3Owner,
    IdentityProfileV3OwnerType,
};
#[cfg(feature = "public_identities_config")]
mod identity_reference;
#[cfg(feature = "public_identities_config")]
pub use self::identity_reference::IdentityReference;
#[cfg(feature = "non_employee_lifecycle_management")]
mod identity_reference_with_id;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::identity_reference_with_id::IdentityReferenceWithId;
#[cfg(
    any(
        feature = "access_requests",
        feature = "certifications",
        feature = "requestable_objects"
    )
)]
mod identity_reference_with_name_and_email;
#[cfg(
    any(
        feature = "access_requests",
        feature = "certifications",
        feature = "requestable_objects"
    )
)]
pub use self::identity_reference_with_name_and_email::IdentityReferenceWithNameAndEmail;
#[cfg(feature = "identity_history")]
mod identity_snapshot_summary_response;
#[cfg(feature = "identity_history")]
pub use self::identity_snapshot_summary_response::IdentitySnapshotSummaryResponse;
#[cfg(feature = "account_activities")]
mod identity_summary;
#[cfg(feature = "account_activities")]
pub use self::identity_summary::IdentitySummary;
#[cfg(feature = "identities")]
mod identity_sync_job;
#[cfg(feature = "identities")]
pub use self::identity_sync_job::{IdentitySyncJob, IdentitySyncJobStatus};
#[cfg(feature = "identities")]
mod identity_sync_payload;
#[cfg(feature = "identities")]
pub use self::identity_sync_payload::IdentitySyncPayload;
#[cfg(feature = "sod_violations")]
mod identity_with_new_access;
#[cfg(feature = "sod_violations")]
pub use self::identity_with_new_access::{
    IdentityWithNewAccess, IdentityWithNewAccessAccessRefsItem,
    IdentityWithNewAccessAccessRefsItemType,
};
#[cfg(feature = "sources")]
mod import_accounts_request;
#[cfg(feature = "sources")]
pub use self::import_accounts_request::{
    ImportAccountsRequest, ImportAccountsRequestDisableOptimization,
};
#[cfg(feature = "sources")]
mod import_accounts_request_x_www_form_urlencoded;
#[cfg(feature = "sources")]
pub use self::import_accounts_request_x_www_form_urlencoded::{
    ImportAccountsRequestXWwwFormUrlencoded,
    ImportAccountsRequestXWwwFormUrlencodedDisableOptimization,
};
#[cfg(feature = "entitlements")]
mod import_entitlements_by_source_request;
#[cfg(feature = "entitlements")]
pub use self::import_entitlements_by_source_request::ImportEntitlementsBySourceRequest;
#[cfg(feature = "sources")]
mod import_entitlements_request;
#[cfg(feature = "sources")]
pub use self::import_entitlements_request::ImportEntitlementsRequest;
#[cfg(feature = "custom_forms")]
mod import_form_definitions_request_item;
#[cfg(feature = "custom_forms")]
pub use self::import_form_definitions_request_item::ImportFormDefinitionsRequestItem;
#[cfg(feature = "custom_forms")]
mod import_form_definitions_response;
#[cfg(feature = "custom_forms")]
pub use self::import_form_definitions_response::{
    ImportFormDefinitionsResponse, ImportFormDefinitionsResponseErrorsItem,
    ImportFormDefinitionsResponseImportedObjectsItem,
    ImportFormDefinitionsResponseInfosItem, ImportFormDefinitionsResponseWarningsItem,
};
#[cfg(feature = "custom_forms")]
mod import_form_definitions_response400;
#[cfg(feature = "custom_forms")]
pub use self::import_form_definitions_response400::ImportFormDefinitionsResponse400;
#[cfg(feature = "custom_forms")]
mod import_form_definitions_response401;
#[cfg(feature = "custom_forms")]
pub use self::import_form_definitions_response401::ImportFormDefinitionsResponse401;
#[cfg(feature = "custom_forms")]
mod import_form_definitions_response403;
#[cfg(feature = "custom_forms")]
pub use self::import_form_definitions_response403::ImportFormDefinitionsResponse403;
#[cfg(feature = "custom_forms")]
mod import_form_definitions_response500;
#[cfg(feature = "custom_forms")]
pub use self::import_form_definitions_response500::ImportFormDefinitionsResponse500;
#[cfg(feature = "non_employee_lifecycle_management")]
mod import_non_employee_records_in_bulk_request;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::import_non_employee_records_in_bulk_request::ImportNonEmployeeRecordsInBulkRequest;
#[cfg(any(feature = "identity_profiles", feature = "sp_config"))]
mod import_object;
#[cfg(any(feature = "identity_profiles", feature = "sp_config"))]
pub use self::import_object::{ImportObject, ImportObjectType};
#[cfg(any(feature = "identity_profiles", feature = "sp_config"))]
mod import_object_response_body;
#[cfg(any(feature = "identity_profiles", feature = "sp_config"))]
pub use self::import_object_response_body::ImportObjectResponseBody;
#[cfg(feature = "sp_config")]
mod import_options;
#[cfg(feature = "sp_config")]
pub use self::import_options::{
    ImportOptions, ImportOptionsDefaultReferencesItem, ImportOptionsExcludeTypesItem,
    ImportOptionsIncludeTypesItem,
};
#[cfg(feature = "sources")]
mod import_source_accounts_schema_request;
#[cfg(feature = "sources")]
pub use self::import_source_accounts_schema_request::ImportSourceAccountsSchemaRequest;
#[cfg(feature = "sources")]
mod import_source_connector_file_request;
#[cfg(feature = "sources")]
pub use self::import_source_connector_file_request::ImportSourceConnectorFileRequest;
#[cfg(feature = "sources")]
mod import_source_entitlements_schema_request;
#[cfg(feature = "sources")]
pub use self::import_source_entitlements_schema_request::ImportSourceEntitlementsSchemaRequest;
#[cfg(feature = "sp_config")]
mod import_sp_config_request;
#[cfg(feature = "sp_config")]
pub use self::import_sp_config_request::ImportSpConfigRequest;
#[cfg(feature = "sources")]
mod import_uncorrelated_accounts_request;
#[cfg(feature = "sources")]
pub use self::import_uncorrelated_accounts_request::ImportUncorrelatedAccountsRequest;
#[cfg(feature = "transforms")]
mod index_of;
#[cfg(feature = "transforms")]
pub use self::index_of::IndexOf;
#[cfg(feature = "identities")]
mod invite_identities_request;
#[cfg(feature = "identities")]
pub use self::invite_identities_request::InviteIdentitiesRequest;
#[cfg(feature = "triggers")]
mod invocation;
#[cfg(feature = "triggers")]
pub use self::invocation::Invocation;
#[cfg(feature = "triggers")]
mod invocation_status;
#[cfg(feature = "triggers")]
pub use self::invocation_status::InvocationStatus;
#[cfg(feature = "triggers")]
mod invocation_status_type;
#[cfg(feature = "triggers")]
pub use self::invocation_status_type::InvocationStatusType;
#[cfg(feature = "transforms")]
mod iso3166;
#[cfg(feature = "transforms")]
pub use self::iso3166::Iso3166;
#[cfg(feature = "sim_integrations")]
mod json_patch;
#[cfg(feature = "sim_integrations")]
pub use self::json_patch::JsonPatch;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_role_mining",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "non_employee_lifecycle_management",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "personal_access_tokens",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sources",
        feature = "task_management",
        feature = "workflows"
    )
)]
mod json_patch_operation;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_role_mining",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "non_employee_lifecycle_management",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "personal_access_tokens",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sources",
        feature = "task_management",
        feature = "workflows"
    )
)]
pub use self::json_patch_operation::{
    JsonPatchOperation, JsonPatchOperationOp, JsonPatchOperationValue,
    JsonPatchOperationValueVariant5Item,
};
#[cfg(feature = "iai_role_mining")]
mod json_patch_operation_role_mining;
#[cfg(feature = "iai_role_mining")]
pub use self::json_patch_operation_role_mining::{
    JsonPatchOperationRoleMining, JsonPatchOperationRoleMiningOp,
    JsonPatchOperationRoleMiningValue, JsonPatchOperationRoleMiningValueVariant5Item,
};
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "apps",
        feature = "entitlements",
        feature = "sources"
    )
)]
mod json_patch_operation_v3;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "apps",
        feature = "entitlements",
        feature = "sources"
    )
)]
pub use self::json_patch_operation_v3::{
    JsonPatchOperationV3, JsonPatchOperationV3Op, JsonPatchOperationV3Value,
    JsonPatchOperationV3ValueVariant5Item,
};
#[cfg(feature = "application_discovery")]
mod json_patch_operations;
#[cfg(feature = "application_discovery")]
pub use self::json_patch_operations::{
    JsonPatchOperations, JsonPatchOperationsOp, JsonPatchOperationsValue,
    JsonPatchOperationsValueVariant3Item,
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
#[cfg(feature = "iai_outliers")]
mod latest_outlier_summary;
#[cfg(feature = "iai_outliers")]
pub use self::latest_outlier_summary::{LatestOutlierSummary, LatestOutlierSummaryType};
#[cfg(feature = "launchers")]
mod launcher;
#[cfg(feature = "launchers")]
pub use self::launcher::{
    Launcher, LauncherOwner, LauncherReference, LauncherReferenceType, LauncherType,
};
#[cfg(feature = "launchers")]
mod launcher_request;
#[cfg(feature = "launchers")]
pub use self::launcher_request::{
    LauncherRequest, LauncherRequestReference, LauncherRequestReferenceType,
    LauncherRequestType,
};
#[cfg(feature = "transforms")]
mod left_pad;
#[cfg(feature = "transforms")]
pub use self::left_pad::LeftPad;
#[cfg(feature = "tenant")]
mod license;
#[cfg(feature = "tenant")]
pub use self::license::License;
#[cfg(feature = "lifecycle_states")]
mod lifecycle_state;
#[cfg(feature = "lifecycle_states")]
pub use self::lifecycle_state::LifecycleState;
#[cfg(feature = "identities")]
mod lifecycle_state_dto;
#[cfg(feature = "identities")]
pub use self::lifecycle_state_dto::LifecycleStateDto;
#[cfg(feature = "accounts")]
mod list_accounts_detail_level;
#[cfg(feature = "accounts")]
pub use self::list_accounts_detail_level::ListAccountsDetailLevel;
#[cfg(feature = "workflows")]
mod list_complete_workflow_library_response_item;
#[cfg(feature = "workflows")]
pub use self::list_complete_workflow_library_response_item::ListCompleteWorkflowLibraryResponseItem;
#[cfg(feature = "custom_forms")]
mod list_form_definitions_by_tenant_response;
#[cfg(feature = "custom_forms")]
pub use self::list_form_definitions_by_tenant_response::ListFormDefinitionsByTenantResponse;
#[cfg(feature = "custom_forms")]
mod list_form_element_data_by_element_id_response;
#[cfg(feature = "custom_forms")]
pub use self::list_form_element_data_by_element_id_response::ListFormElementDataByElementIdResponse;
#[cfg(feature = "identities")]
mod list_identities_default_filter;
#[cfg(feature = "identities")]
pub use self::list_identities_default_filter::ListIdentitiesDefaultFilter;
#[cfg(feature = "identity_history")]
mod list_identity_access_items_response_item;
#[cfg(feature = "identity_history")]
pub use self::list_identity_access_items_response_item::ListIdentityAccessItemsResponseItem;
#[cfg(feature = "identity_history")]
mod list_identity_access_items_type;
#[cfg(feature = "identity_history")]
pub use self::list_identity_access_items_type::ListIdentityAccessItemsType;
#[cfg(feature = "identity_history")]
mod list_identity_snapshot_access_items_response_item;
#[cfg(feature = "identity_history")]
pub use self::list_identity_snapshot_access_items_response_item::ListIdentitySnapshotAccessItemsResponseItem;
#[cfg(feature = "identity_history")]
mod list_identity_snapshot_access_items_type;
#[cfg(feature = "identity_history")]
pub use self::list_identity_snapshot_access_items_type::ListIdentitySnapshotAccessItemsType;
#[cfg(feature = "identity_history")]
mod list_identity_snapshots_interval;
#[cfg(feature = "identity_history")]
pub use self::list_identity_snapshots_interval::ListIdentitySnapshotsInterval;
#[cfg(feature = "iai_outliers")]
mod list_outliers_contributing_feature_access_items_contributing_feature_name;
#[cfg(feature = "iai_outliers")]
pub use self::list_outliers_contributing_feature_access_items_contributing_feature_name::ListOutliersContributingFeatureAccessItemsContributingFeatureName;
#[cfg(feature = "custom_forms")]
mod list_predefined_select_options_response;
#[cfg(feature = "custom_forms")]
pub use self::list_predefined_select_options_response::ListPredefinedSelectOptionsResponse;
#[cfg(feature = "requestable_objects")]
mod list_requestable_objects_types_item;
#[cfg(feature = "requestable_objects")]
pub use self::list_requestable_objects_types_item::ListRequestableObjectsTypesItem;
#[cfg(feature = "tagged_objects")]
mod list_tagged_objects_by_type_type;
#[cfg(feature = "tagged_objects")]
pub use self::list_tagged_objects_by_type_type::ListTaggedObjectsByTypeType;
#[cfg(feature = "governance_groups")]
mod list_workgroup_members_response_item;
#[cfg(feature = "governance_groups")]
pub use self::list_workgroup_members_response_item::{
    ListWorkgroupMembersResponseItem, ListWorkgroupMembersResponseItemType,
};
#[cfg(feature = "sources")]
mod load_accounts_task;
#[cfg(feature = "sources")]
pub use self::load_accounts_task::{
    LoadAccountsTask, LoadAccountsTaskTask, LoadAccountsTaskTaskAttributes,
    LoadAccountsTaskTaskCompletionStatus, LoadAccountsTaskTaskMessagesItem,
    LoadAccountsTaskTaskMessagesItemType, LoadAccountsTaskTaskReturnsItem,
};
#[cfg(any(feature = "entitlements", feature = "sources"))]
mod load_entitlement_task;
#[cfg(any(feature = "entitlements", feature = "sources"))]
pub use self::load_entitlement_task::{
    LoadEntitlementTask, LoadEntitlementTaskReturnsItem,
};
#[cfg(feature = "sources")]
mod load_uncorrelated_accounts_task;
#[cfg(feature = "sources")]
pub use self::load_uncorrelated_accounts_task::{
    LoadUncorrelatedAccountsTask, LoadUncorrelatedAccountsTaskTask,
    LoadUncorrelatedAccountsTaskTaskAttributes,
    LoadUncorrelatedAccountsTaskTaskCompletionStatus,
    LoadUncorrelatedAccountsTaskTaskMessagesItem,
    LoadUncorrelatedAccountsTaskTaskMessagesItemType,
};
#[cfg(feature = "access_requests")]
mod locale_origin;
#[cfg(feature = "access_requests")]
pub use self::locale_origin::LocaleOrigin;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_aggregations",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_password_instructions",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_message_catalogs",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "launchers",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_configuration",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities_config",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "source_usages",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "tagged_objects",
        feature = "tags",
        feature = "task_management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
mod locale_origin_v3;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_aggregations",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_password_instructions",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_message_catalogs",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "launchers",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_configuration",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities_config",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "source_usages",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "tagged_objects",
        feature = "tags",
        feature = "task_management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
pub use self::locale_origin_v3::LocaleOriginV3;
#[cfg(any(feature = "identities", feature = "task_management", feature = "triggers"))]
mod localized_message;
#[cfg(any(feature = "identities", feature = "task_management", feature = "triggers"))]
pub use self::localized_message::LocalizedMessage;
#[cfg(feature = "transforms")]
mod lookup;
#[cfg(feature = "transforms")]
pub use self::lookup::Lookup;
#[cfg(feature = "work_reassignment")]
mod lookup_step;
#[cfg(feature = "work_reassignment")]
pub use self::lookup_step::LookupStep;
#[cfg(feature = "transforms")]
mod lower;
#[cfg(feature = "transforms")]
pub use self::lower::Lower;
#[cfg(feature = "notifications")]
mod mail_from_attributes;
#[cfg(feature = "notifications")]
pub use self::mail_from_attributes::{
    MailFromAttributes, MailFromAttributesMailFromDomainStatus,
};
#[cfg(feature = "notifications")]
mod mail_from_attributes_dto;
#[cfg(feature = "notifications")]
pub use self::mail_from_attributes_dto::MailFromAttributesDto;
#[cfg(feature = "unreferenced-schemas")]
mod managed_client;
#[cfg(feature = "unreferenced-schemas")]
pub use self::managed_client::ManagedClient;
#[cfg(feature = "managed_clients")]
mod managed_client_status;
#[cfg(feature = "managed_clients")]
pub use self::managed_client_status::ManagedClientStatus;
#[cfg(feature = "managed_clients")]
mod managed_client_status_agg_response;
#[cfg(feature = "managed_clients")]
pub use self::managed_client_status_agg_response::ManagedClientStatusAggResponse;
#[cfg(any(feature = "managed_clients", feature = "unreferenced-schemas"))]
mod managed_client_status_enum;
#[cfg(any(feature = "managed_clients", feature = "unreferenced-schemas"))]
pub use self::managed_client_status_enum::ManagedClientStatusEnum;
#[cfg(any(feature = "managed_clients", feature = "managed_clusters"))]
mod managed_client_type;
#[cfg(any(feature = "managed_clients", feature = "managed_clusters"))]
pub use self::managed_client_type::ManagedClientType;
#[cfg(feature = "managed_clusters")]
mod managed_cluster;
#[cfg(feature = "managed_clusters")]
pub use self::managed_cluster::{
    ManagedCluster, ManagedClusterConsolidatedHealthIndicatorsStatus,
    ManagedClusterUpdatePreferences, ManagedClusterUpdatePreferencesUpdateState,
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
mod managed_cluster_types;
#[cfg(feature = "managed_clusters")]
pub use self::managed_cluster_types::ManagedClusterTypes;
#[cfg(any(feature = "multi_host_integration", feature = "sources"))]
mod manager_correlation_mapping;
#[cfg(any(feature = "multi_host_integration", feature = "sources"))]
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
mod manual_work_item_details_v3;
#[cfg(feature = "access_requests")]
pub use self::manual_work_item_details_v3::{
    ManualWorkItemDetailsV3, ManualWorkItemDetailsV3CurrentOwner,
    ManualWorkItemDetailsV3CurrentOwnerType, ManualWorkItemDetailsV3OriginalOwner,
    ManualWorkItemDetailsV3OriginalOwnerType,
};
#[cfg(feature = "access_requests")]
mod manual_work_item_state;
#[cfg(feature = "access_requests")]
pub use self::manual_work_item_state::ManualWorkItemState;
#[cfg(feature = "access_requests")]
mod manual_work_item_state_v3;
#[cfg(feature = "access_requests")]
pub use self::manual_work_item_state_v3::ManualWorkItemStateV3;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod manually_updated_fields_dto;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use self::manually_updated_fields_dto::ManuallyUpdatedFieldsDto;
#[cfg(feature = "apps")]
mod match_term;
#[cfg(feature = "apps")]
pub use self::match_term::MatchTerm;
#[cfg(feature = "notifications")]
mod medium;
#[cfg(feature = "notifications")]
pub use self::medium::Medium;
#[cfg(feature = "iai_message_catalogs")]
mod message_catalog_dto;
#[cfg(feature = "iai_message_catalogs")]
pub use self::message_catalog_dto::MessageCatalogDto;
#[cfg(feature = "notifications")]
mod method_not_allowed;
#[cfg(feature = "notifications")]
pub use self::method_not_allowed::MethodNotAllowed;
#[cfg(feature = "identity_history")]
mod metric_response;
#[cfg(feature = "identity_history")]
pub use self::metric_response::MetricResponse;
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
#[cfg(feature = "multi_host_integration")]
mod multi_host_integration_template_type;
#[cfg(feature = "multi_host_integration")]
pub use self::multi_host_integration_template_type::MultiHostIntegrationTemplateType;
#[cfg(feature = "multi_host_integration")]
mod multi_host_integrations;
#[cfg(feature = "multi_host_integration")]
pub use self::multi_host_integrations::{
    MultiHostIntegrations, MultiHostIntegrationsCluster,
    MultiHostIntegrationsClusterType, MultiHostIntegrationsConnectionType,
    MultiHostIntegrationsConnectorAttributes,
    MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory,
    MultiHostIntegrationsConnectorAttributesMultiHostAttributes,
    MultiHostIntegrationsConnectorAttributesMultihostStatus,
    MultiHostIntegrationsManagementWorkgroup,
    MultiHostIntegrationsManagementWorkgroupType, MultiHostIntegrationsOwner,
    MultiHostIntegrationsOwnerType, MultiHostIntegrationsStatus,
};
#[cfg(feature = "multi_host_integration")]
mod multi_host_integrations_create;
#[cfg(feature = "multi_host_integration")]
pub use self::multi_host_integrations_create::{
    MultiHostIntegrationsCreate, MultiHostIntegrationsCreateCluster,
    MultiHostIntegrationsCreateClusterType,
    MultiHostIntegrationsCreateManagementWorkgroup,
    MultiHostIntegrationsCreateManagementWorkgroupType, MultiHostIntegrationsCreateOwner,
    MultiHostIntegrationsCreateOwnerType,
};
#[cfg(feature = "multi_host_integration")]
mod multi_host_integrations_create_sources;
#[cfg(feature = "multi_host_integration")]
pub use self::multi_host_integrations_create_sources::MultiHostIntegrationsCreateSources;
#[cfg(feature = "multi_host_integration")]
mod multi_host_sources;
#[cfg(feature = "multi_host_integration")]
pub use self::multi_host_sources::{
    MultiHostSources, MultiHostSourcesAccountCorrelationConfig,
    MultiHostSourcesAccountCorrelationConfigType, MultiHostSourcesAccountCorrelationRule,
    MultiHostSourcesAccountCorrelationRuleType, MultiHostSourcesBeforeProvisioningRule,
    MultiHostSourcesBeforeProvisioningRuleType, MultiHostSourcesCluster,
    MultiHostSourcesClusterType, MultiHostSourcesManagementWorkgroup,
    MultiHostSourcesManagementWorkgroupType, MultiHostSourcesManagerCorrelationRule,
    MultiHostSourcesManagerCorrelationRuleType, MultiHostSourcesOwner,
    MultiHostSourcesOwnerType, MultiHostSourcesPasswordPoliciesItem,
    MultiHostSourcesPasswordPoliciesItemType, MultiHostSourcesSchemasItem,
    MultiHostSourcesSchemasItemType, MultiHostSourcesStatus,
};
#[cfg(any(feature = "multi_host_integration", feature = "sources"))]
mod multi_host_sources_features_item;
#[cfg(any(feature = "multi_host_integration", feature = "sources"))]
pub use self::multi_host_sources_features_item::MultiHostSourcesFeaturesItem;
#[cfg(feature = "sod_policies")]
mod multi_policy_request;
#[cfg(feature = "sod_policies")]
pub use self::multi_policy_request::MultiPolicyRequest;
#[cfg(feature = "transforms")]
mod name_normalizer;
#[cfg(feature = "transforms")]
pub use self::name_normalizer::NameNormalizer;
#[cfg(feature = "transforms")]
mod named_construct;
#[cfg(feature = "transforms")]
pub use self::named_construct::NamedConstruct;
#[cfg(feature = "sources")]
mod native_change_detection_config;
#[cfg(feature = "sources")]
pub use self::native_change_detection_config::{
    NativeChangeDetectionConfig, NativeChangeDetectionConfigOperationsItem,
};
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
#[cfg(feature = "notifications")]
mod notification_template_context;
#[cfg(feature = "notifications")]
pub use self::notification_template_context::NotificationTemplateContext;
#[cfg(feature = "sp_config")]
mod object_configuration_model;
#[cfg(feature = "sp_config")]
pub use self::object_configuration_model::ObjectConfigurationModel;
#[cfg(feature = "sp_config")]
mod object_export_import_options;
#[cfg(feature = "sp_config")]
pub use self::object_export_import_options::ObjectExportImportOptions;
#[cfg(feature = "mfa_controller")]
mod okta_verification_request;
#[cfg(feature = "mfa_controller")]
pub use self::okta_verification_request::OktaVerificationRequest;
#[cfg(feature = "org_config")]
mod org_config;
#[cfg(feature = "org_config")]
pub use self::org_config::OrgConfig;
#[cfg(feature = "iai_outliers")]
mod outlier;
#[cfg(feature = "iai_outliers")]
pub use self::outlier::{Outlier, OutlierType, OutlierUnignoreType};
#[cfg(feature = "iai_outliers")]
mod outlier_contributing_feature;
#[cfg(feature = "iai_outliers")]
pub use self::outlier_contributing_feature::{
    OutlierContributingFeature, OutlierContributingFeatureValue,
    OutlierContributingFeatureValueType,
};
#[cfg(feature = "webhook-payloads")]
mod outlier_detected;
#[cfg(feature = "webhook-payloads")]
pub use self::outlier_detected::{
    OutlierDetected, OutlierDetectedIdentity, OutlierDetectedIdentityType,
    OutlierDetectedOutlierType,
};
#[cfg(feature = "iai_outliers")]
mod outlier_feature_summary;
#[cfg(feature = "iai_outliers")]
pub use self::outlier_feature_summary::{
    OutlierFeatureSummary, OutlierFeatureSummaryOutlierFeatureDisplayValuesItem,
    OutlierFeatureSummaryOutlierFeatureDisplayValuesItemValueType,
};
#[cfg(feature = "iai_outliers")]
mod outlier_feature_translation;
#[cfg(feature = "iai_outliers")]
pub use self::outlier_feature_translation::OutlierFeatureTranslation;
#[cfg(feature = "iai_outliers")]
mod outlier_summary;
#[cfg(feature = "iai_outliers")]
pub use self::outlier_summary::{OutlierSummary, OutlierSummaryType};
#[cfg(feature = "iai_outliers")]
mod outliers_contributing_feature_access_items;
#[cfg(feature = "iai_outliers")]
pub use self::outliers_contributing_feature_access_items::{
    OutliersContributingFeatureAccessItems,
    OutliersContributingFeatureAccessItemsAccessType,
};
#[cfg(feature = "access_requests")]
mod owner_dto;
#[cfg(feature = "access_requests")]
pub use self::owner_dto::{OwnerDto, OwnerDtoType};
#[cfg(
    any(
        feature = "access_requests",
        feature = "service_desk_integration",
        feature = "sim_integrations"
    )
)]
mod owner_dto_v3;
#[cfg(
    any(
        feature = "access_requests",
        feature = "service_desk_integration",
        feature = "sim_integrations"
    )
)]
pub use self::owner_dto_v3::OwnerDtoV3;
#[cfg(
    any(
        feature = "access_requests",
        feature = "governance_groups",
        feature = "service_desk_integration",
        feature = "sim_integrations"
    )
)]
mod owner_dto_v3_type;
#[cfg(
    any(
        feature = "access_requests",
        feature = "governance_groups",
        feature = "service_desk_integration",
        feature = "sim_integrations"
    )
)]
pub use self::owner_dto_v3_type::OwnerDtoV3Type;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
mod owner_reference;
#[cfg(any(feature = "access_profiles", feature = "roles"))]
pub use self::owner_reference::{OwnerReference, OwnerReferenceType};
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod owner_reference_dto;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use self::owner_reference_dto::{OwnerReferenceDto, OwnerReferenceDtoType};
#[cfg(feature = "segments")]
mod owner_reference_segments;
#[cfg(feature = "segments")]
pub use self::owner_reference_segments::{
    OwnerReferenceSegments, OwnerReferenceSegmentsType,
};
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
mod password_digit_token;
#[cfg(feature = "password_management")]
pub use self::password_digit_token::PasswordDigitToken;
#[cfg(feature = "password_management")]
mod password_digit_token_reset;
#[cfg(feature = "password_management")]
pub use self::password_digit_token_reset::PasswordDigitTokenReset;
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
#[cfg(feature = "custom_forms")]
mod patch_form_definition_request_item_value;
#[cfg(feature = "custom_forms")]
pub use self::patch_form_definition_request_item_value::PatchFormDefinitionRequestItemValue;
#[cfg(feature = "custom_forms")]
mod patch_form_definition_response400;
#[cfg(feature = "custom_forms")]
pub use self::patch_form_definition_response400::PatchFormDefinitionResponse400;
#[cfg(feature = "custom_forms")]
mod patch_form_definition_response401;
#[cfg(feature = "custom_forms")]
pub use self::patch_form_definition_response401::PatchFormDefinitionResponse401;
#[cfg(feature = "custom_forms")]
mod patch_form_definition_response403;
#[cfg(feature = "custom_forms")]
pub use self::patch_form_definition_response403::PatchFormDefinitionResponse403;
#[cfg(feature = "custom_forms")]
mod patch_form_definition_response404;
#[cfg(feature = "custom_forms")]
pub use self::patch_form_definition_response404::PatchFormDefinitionResponse404;
#[cfg(feature = "custom_forms")]
mod patch_form_definition_response500;
#[cfg(feature = "custom_forms")]
pub use self::patch_form_definition_response500::PatchFormDefinitionResponse500;
#[cfg(feature = "custom_forms")]
mod patch_form_instance_response400;
#[cfg(feature = "custom_forms")]
pub use self::patch_form_instance_response400::PatchFormInstanceResponse400;
#[cfg(feature = "custom_forms")]
mod patch_form_instance_response401;
#[cfg(feature = "custom_forms")]
pub use self::patch_form_instance_response401::PatchFormInstanceResponse401;
#[cfg(feature = "custom_forms")]
mod patch_form_instance_response403;
#[cfg(feature = "custom_forms")]
pub use self::patch_form_instance_response403::PatchFormInstanceResponse403;
#[cfg(feature = "custom_forms")]
mod patch_form_instance_response404;
#[cfg(feature = "custom_forms")]
pub use self::patch_form_instance_response404::PatchFormInstanceResponse404;
#[cfg(feature = "custom_forms")]
mod patch_form_instance_response409;
#[cfg(feature = "custom_forms")]
pub use self::patch_form_instance_response409::PatchFormInstanceResponse409;
#[cfg(feature = "custom_forms")]
mod patch_form_instance_response500;
#[cfg(feature = "custom_forms")]
pub use self::patch_form_instance_response500::PatchFormInstanceResponse500;
#[cfg(feature = "triggers")]
mod patch_subscription_request_item;
#[cfg(feature = "triggers")]
pub use self::patch_subscription_request_item::{
    PatchSubscriptionRequestItem, PatchSubscriptionRequestItemOp,
    PatchSubscriptionRequestItemValue, PatchSubscriptionRequestItemValueVariant4Item,
};
#[cfg(feature = "iai_peer_group_strategies")]
mod peer_group_member;
#[cfg(feature = "iai_peer_group_strategies")]
pub use self::peer_group_member::PeerGroupMember;
#[cfg(feature = "access_request_approvals")]
mod pending_approval;
#[cfg(feature = "access_request_approvals")]
pub use self::pending_approval::{
    PendingApproval, PendingApprovalMaxPermittedAccessDuration,
    PendingApprovalMaxPermittedAccessDurationTimeUnit,
};
#[cfg(feature = "access_request_approvals")]
mod pending_approval_action;
#[cfg(feature = "access_request_approvals")]
pub use self::pending_approval_action::PendingApprovalAction;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "certifications",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod permission_dto;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "certifications",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use self::permission_dto::PermissionDto;
#[cfg(feature = "mfa_controller")]
mod ping_verification_status_method;
#[cfg(feature = "mfa_controller")]
pub use self::ping_verification_status_method::PingVerificationStatusMethod;
#[cfg(feature = "workflows")]
mod post_external_execute_workflow_request;
#[cfg(feature = "workflows")]
pub use self::post_external_execute_workflow_request::PostExternalExecuteWorkflowRequest;
#[cfg(feature = "workflows")]
mod post_external_execute_workflow_response;
#[cfg(feature = "workflows")]
pub use self::post_external_execute_workflow_response::PostExternalExecuteWorkflowResponse;
#[cfg(feature = "access_requests")]
mod pre_approval_trigger_details;
#[cfg(feature = "access_requests")]
pub use self::pre_approval_trigger_details::{
    PreApprovalTriggerDetails, PreApprovalTriggerDetailsDecision,
};
#[cfg(feature = "access_requests")]
mod pre_approval_trigger_details_v3;
#[cfg(feature = "access_requests")]
pub use self::pre_approval_trigger_details_v3::{
    PreApprovalTriggerDetailsV3, PreApprovalTriggerDetailsV3Decision,
};
#[cfg(feature = "access_profiles")]
mod precondition_failed;
#[cfg(feature = "access_profiles")]
pub use self::precondition_failed::PreconditionFailed;
#[cfg(feature = "notifications")]
mod preferences_dto;
#[cfg(feature = "notifications")]
pub use self::preferences_dto::PreferencesDto;
#[cfg(feature = "custom_forms")]
mod preview_data_source_response;
#[cfg(feature = "custom_forms")]
pub use self::preview_data_source_response::PreviewDataSourceResponse;
#[cfg(feature = "identities")]
mod process_identities_request;
#[cfg(feature = "identities")]
pub use self::process_identities_request::ProcessIdentitiesRequest;
#[cfg(feature = "tenant")]
mod product;
#[cfg(feature = "tenant")]
pub use self::product::{Product, ProductOrgType};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod provisioning_completed;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::provisioning_completed::{
    ProvisioningCompleted, ProvisioningCompletedAccountRequestsItem,
    ProvisioningCompletedAccountRequestsItemAccountOperation,
    ProvisioningCompletedAccountRequestsItemAttributeRequestsItem,
    ProvisioningCompletedAccountRequestsItemAttributeRequestsItemOperation,
    ProvisioningCompletedAccountRequestsItemProvisioningResult,
    ProvisioningCompletedAccountRequestsItemSource,
    ProvisioningCompletedAccountRequestsItemSourceType, ProvisioningCompletedRecipient,
    ProvisioningCompletedRecipientType, ProvisioningCompletedRequester,
    ProvisioningCompletedRequesterType,
};
#[cfg(any(feature = "service_desk_integration", feature = "sim_integrations"))]
mod provisioning_config;
#[cfg(any(feature = "service_desk_integration", feature = "sim_integrations"))]
pub use self::provisioning_config::{
    ProvisioningConfig, ProvisioningConfigManagedResourceRefsItem,
    ProvisioningConfigManagedResourceRefsItemType,
    ProvisioningConfigPlanInitializerScript,
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
#[cfg(feature = "access_requests")]
mod provisioning_details_v3;
#[cfg(feature = "access_requests")]
pub use self::provisioning_details_v3::ProvisioningDetailsV3;
#[cfg(feature = "sources")]
mod provisioning_policy_dto;
#[cfg(feature = "sources")]
pub use self::provisioning_policy_dto::ProvisioningPolicyDto;
#[cfg(feature = "account_activities")]
mod provisioning_state;
#[cfg(feature = "account_activities")]
pub use self::provisioning_state::ProvisioningState;
#[cfg(feature = "public_identities_config")]
mod public_identity_attribute_config;
#[cfg(feature = "public_identities_config")]
pub use self::public_identity_attribute_config::PublicIdentityAttributeConfig;
#[cfg(feature = "public_identities_config")]
mod public_identity_config;
#[cfg(feature = "public_identities_config")]
pub use self::public_identity_config::PublicIdentityConfig;
#[cfg(feature = "password_dictionary")]
mod put_password_dictionary_request;
#[cfg(feature = "password_dictionary")]
pub use self::put_password_dictionary_request::PutPasswordDictionaryRequest;
#[cfg(feature = "tagged_objects")]
mod put_tagged_object_type;
#[cfg(feature = "tagged_objects")]
pub use self::put_tagged_object_type::PutTaggedObjectType;
#[cfg(feature = "service_desk_integration")]
mod queued_check_config_details;
#[cfg(feature = "service_desk_integration")]
pub use self::queued_check_config_details::QueuedCheckConfigDetails;
#[cfg(feature = "transforms")]
mod random_alpha_numeric;
#[cfg(feature = "transforms")]
pub use self::random_alpha_numeric::RandomAlphaNumeric;
#[cfg(feature = "transforms")]
mod random_numeric;
#[cfg(feature = "transforms")]
pub use self::random_numeric::RandomNumeric;
#[cfg(feature = "certifications")]
mod reassign_reference;
#[cfg(feature = "certifications")]
pub use self::reassign_reference::{ReassignReference, ReassignReferenceType};
#[cfg(
    any(feature = "certifications", feature = "triggers", feature = "webhook-payloads")
)]
mod reassignment;
#[cfg(
    any(feature = "certifications", feature = "triggers", feature = "webhook-payloads")
)]
pub use self::reassignment::Reassignment;
#[cfg(feature = "access_requests")]
mod reassignment_type;
#[cfg(feature = "access_requests")]
pub use self::reassignment_type::ReassignmentType;
#[cfg(feature = "work_reassignment")]
mod reassignment_type_enum;
#[cfg(feature = "work_reassignment")]
pub use self::reassignment_type_enum::ReassignmentTypeEnum;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod reassignment_type_v3;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::reassignment_type_v3::ReassignmentTypeV3;
#[cfg(feature = "accounts")]
mod recommendation;
#[cfg(feature = "accounts")]
pub use self::recommendation::{Recommendation, RecommendationMethod, RecommendationType};
#[cfg(feature = "iai_recommendations")]
mod recommendation_config_dto;
#[cfg(feature = "iai_recommendations")]
pub use self::recommendation_config_dto::RecommendationConfigDto;
#[cfg(feature = "iai_recommendations")]
mod recommendation_request;
#[cfg(feature = "iai_recommendations")]
pub use self::recommendation_request::RecommendationRequest;
#[cfg(feature = "iai_recommendations")]
mod recommendation_request_dto;
#[cfg(feature = "iai_recommendations")]
pub use self::recommendation_request_dto::RecommendationRequestDto;
#[cfg(feature = "iai_recommendations")]
mod recommendation_response;
#[cfg(feature = "iai_recommendations")]
pub use self::recommendation_response::{
    RecommendationResponse, RecommendationResponseRecommendation,
};
#[cfg(feature = "iai_recommendations")]
mod recommendation_response_dto;
#[cfg(feature = "iai_recommendations")]
pub use self::recommendation_response_dto::RecommendationResponseDto;
#[cfg(feature = "iai_recommendations")]
mod recommender_calculations;
#[cfg(feature = "iai_recommendations")]
pub use self::recommender_calculations::{
    RecommenderCalculations, RecommenderCalculationsIdentityAttributesValue,
};
#[cfg(feature = "transforms")]
mod reference;
#[cfg(feature = "transforms")]
pub use self::reference::Reference;
#[cfg(feature = "work_items")]
mod remediation_items;
#[cfg(feature = "work_items")]
pub use self::remediation_items::RemediationItems;
#[cfg(feature = "transforms")]
mod replace;
#[cfg(feature = "transforms")]
pub use self::replace::Replace;
#[cfg(feature = "transforms")]
mod replace_all;
#[cfg(feature = "transforms")]
pub use self::replace_all::ReplaceAll;
#[cfg(feature = "org_config")]
mod report_config_dto;
#[cfg(feature = "org_config")]
pub use self::report_config_dto::ReportConfigDto;
#[cfg(feature = "sod_policies")]
mod report_result_reference;
#[cfg(feature = "sod_policies")]
pub use self::report_result_reference::ReportResultReference;
#[cfg(any(feature = "certification_campaigns", feature = "sod_policies"))]
mod report_result_reference_status;
#[cfg(any(feature = "certification_campaigns", feature = "sod_policies"))]
pub use self::report_result_reference_status::ReportResultReferenceStatus;
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
#[cfg(feature = "access_requests")]
mod requested_item_status_request_state_v3;
#[cfg(feature = "access_requests")]
pub use self::requested_item_status_request_state_v3::RequestedItemStatusRequestStateV3;
#[cfg(feature = "iai_message_catalogs")]
mod resource_bundle_message;
#[cfg(feature = "iai_message_catalogs")]
pub use self::resource_bundle_message::ResourceBundleMessage;
#[cfg(feature = "sources")]
mod resource_object;
#[cfg(feature = "sources")]
pub use self::resource_object::ResourceObject;
#[cfg(feature = "sources")]
mod resource_objects_request;
#[cfg(feature = "sources")]
pub use self::resource_objects_request::ResourceObjectsRequest;
#[cfg(feature = "sources")]
mod resource_objects_response;
#[cfg(feature = "sources")]
pub use self::resource_objects_response::ResourceObjectsResponse;
#[cfg(feature = "certifications")]
mod review_reassign;
#[cfg(feature = "certifications")]
pub use self::review_reassign::ReviewReassign;
#[cfg(
    any(feature = "certifications", feature = "triggers", feature = "webhook-payloads")
)]
mod reviewer;
#[cfg(
    any(feature = "certifications", feature = "triggers", feature = "webhook-payloads")
)]
pub use self::reviewer::{Reviewer, ReviewerType};
#[cfg(feature = "access_profiles")]
mod revocability;
#[cfg(feature = "access_profiles")]
pub use self::revocability::Revocability;
#[cfg(feature = "roles")]
mod revocability_for_role;
#[cfg(feature = "roles")]
pub use self::revocability_for_role::RevocabilityForRole;
#[cfg(feature = "transforms")]
mod right_pad;
#[cfg(feature = "transforms")]
pub use self::right_pad::RightPad;
#[cfg(feature = "roles")]
mod role;
#[cfg(feature = "roles")]
pub use self::role::Role;
#[cfg(feature = "identities")]
mod role_assignment_dto;
#[cfg(feature = "identities")]
pub use self::role_assignment_dto::{
    RoleAssignmentDto, RoleAssignmentDtoAssigner, RoleAssignmentDtoAssignerType,
};
#[cfg(feature = "identities")]
mod role_assignment_ref;
#[cfg(feature = "identities")]
pub use self::role_assignment_ref::RoleAssignmentRef;
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
#[cfg(feature = "roles")]
mod role_identity;
#[cfg(feature = "roles")]
pub use self::role_identity::RoleIdentity;
#[cfg(feature = "role_insights")]
mod role_insight;
#[cfg(feature = "role_insights")]
pub use self::role_insight::RoleInsight;
#[cfg(feature = "role_insights")]
mod role_insights_entitlement;
#[cfg(feature = "role_insights")]
pub use self::role_insights_entitlement::RoleInsightsEntitlement;
#[cfg(feature = "role_insights")]
mod role_insights_entitlement_changes;
#[cfg(feature = "role_insights")]
pub use self::role_insights_entitlement_changes::RoleInsightsEntitlementChanges;
#[cfg(feature = "role_insights")]
mod role_insights_identities;
#[cfg(feature = "role_insights")]
pub use self::role_insights_identities::RoleInsightsIdentities;
#[cfg(feature = "role_insights")]
mod role_insights_insight;
#[cfg(feature = "role_insights")]
pub use self::role_insights_insight::RoleInsightsInsight;
#[cfg(feature = "role_insights")]
mod role_insights_response;
#[cfg(feature = "role_insights")]
pub use self::role_insights_response::{RoleInsightsResponse, RoleInsightsResponseStatus};
#[cfg(feature = "role_insights")]
mod role_insights_role;
#[cfg(feature = "role_insights")]
pub use self::role_insights_role::RoleInsightsRole;
#[cfg(feature = "role_insights")]
mod role_insights_summary;
#[cfg(feature = "role_insights")]
pub use self::role_insights_summary::RoleInsightsSummary;
#[cfg(feature = "identities")]
mod role_match_dto;
#[cfg(feature = "identities")]
pub use self::role_match_dto::RoleMatchDto;
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
#[cfg(feature = "iai_role_mining")]
mod role_mining_entitlement;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_entitlement::RoleMiningEntitlement;
#[cfg(feature = "iai_role_mining")]
mod role_mining_entitlement_ref;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_entitlement_ref::RoleMiningEntitlementRef;
#[cfg(feature = "iai_role_mining")]
mod role_mining_identity;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_identity::RoleMiningIdentity;
#[cfg(feature = "iai_role_mining")]
mod role_mining_identity_distribution;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_identity_distribution::{
    RoleMiningIdentityDistribution, RoleMiningIdentityDistributionDistributionItem,
};
#[cfg(feature = "iai_role_mining")]
mod role_mining_potential_role;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_potential_role::{
    RoleMiningPotentialRole, RoleMiningPotentialRoleCreatedBy,
    RoleMiningPotentialRolePotentialRoleRef,
};
#[cfg(feature = "iai_role_mining")]
mod role_mining_potential_role_application;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_potential_role_application::RoleMiningPotentialRoleApplication;
#[cfg(feature = "iai_role_mining")]
mod role_mining_potential_role_edit_entitlements;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_potential_role_edit_entitlements::RoleMiningPotentialRoleEditEntitlements;
#[cfg(feature = "iai_role_mining")]
mod role_mining_potential_role_entitlements;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_potential_role_entitlements::RoleMiningPotentialRoleEntitlements;
#[cfg(feature = "iai_role_mining")]
mod role_mining_potential_role_export_request;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_potential_role_export_request::RoleMiningPotentialRoleExportRequest;
#[cfg(feature = "iai_role_mining")]
mod role_mining_potential_role_export_response;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_potential_role_export_response::RoleMiningPotentialRoleExportResponse;
#[cfg(feature = "iai_role_mining")]
mod role_mining_potential_role_export_state;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_potential_role_export_state::RoleMiningPotentialRoleExportState;
#[cfg(feature = "iai_role_mining")]
mod role_mining_potential_role_provision_request;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_potential_role_provision_request::RoleMiningPotentialRoleProvisionRequest;
#[cfg(feature = "iai_role_mining")]
mod role_mining_potential_role_provision_state;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_potential_role_provision_state::RoleMiningPotentialRoleProvisionState;
#[cfg(feature = "iai_role_mining")]
mod role_mining_potential_role_ref;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_potential_role_ref::RoleMiningPotentialRoleRef;
#[cfg(feature = "iai_role_mining")]
mod role_mining_potential_role_source_usage;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_potential_role_source_usage::RoleMiningPotentialRoleSourceUsage;
#[cfg(feature = "iai_role_mining")]
mod role_mining_potential_role_summary;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_potential_role_summary::{
    RoleMiningPotentialRoleSummary, RoleMiningPotentialRoleSummaryCreatedBy,
};
#[cfg(feature = "iai_role_mining")]
mod role_mining_role_type;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_role_type::RoleMiningRoleType;
#[cfg(feature = "iai_role_mining")]
mod role_mining_session_draft_role_dto;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_session_draft_role_dto::RoleMiningSessionDraftRoleDto;
#[cfg(feature = "iai_role_mining")]
mod role_mining_session_dto;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_session_dto::RoleMiningSessionDto;
#[cfg(feature = "iai_role_mining")]
mod role_mining_session_parameters_dto;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_session_parameters_dto::RoleMiningSessionParametersDto;
#[cfg(feature = "iai_role_mining")]
mod role_mining_session_response;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_session_response::{
    RoleMiningSessionResponse, RoleMiningSessionResponseCreatedBy,
};
#[cfg(feature = "iai_role_mining")]
mod role_mining_session_scope;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_session_scope::RoleMiningSessionScope;
#[cfg(feature = "iai_role_mining")]
mod role_mining_session_scoping_method;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_session_scoping_method::RoleMiningSessionScopingMethod;
#[cfg(feature = "iai_role_mining")]
mod role_mining_session_state;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_session_state::RoleMiningSessionState;
#[cfg(feature = "iai_role_mining")]
mod role_mining_session_status;
#[cfg(feature = "iai_role_mining")]
pub use self::role_mining_session_status::RoleMiningSessionStatus;
#[cfg(feature = "identities")]
mod role_target_dto;
#[cfg(feature = "identities")]
pub use self::role_target_dto::RoleTargetDto;
#[cfg(feature = "transforms")]
mod rule;
#[cfg(feature = "transforms")]
pub use self::rule::Rule;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod saved_search_complete;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::saved_search_complete::{
    SavedSearchComplete, SavedSearchCompleteSearchResults,
    SavedSearchCompleteSearchResultsAccount, SavedSearchCompleteSearchResultsEntitlement,
    SavedSearchCompleteSearchResultsIdentity,
};
#[cfg(feature = "certification_campaigns")]
mod schedule;
#[cfg(feature = "certification_campaigns")]
pub use self::schedule::{
    Schedule, ScheduleDays, ScheduleDaysType, ScheduleHours, ScheduleHoursType,
    ScheduleMonths, ScheduleMonthsType, ScheduleType2,
};
#[cfg(feature = "sod_policies")]
mod schedule_type;
#[cfg(feature = "sod_policies")]
pub use self::schedule_type::ScheduleType;
#[cfg(feature = "sod_policies")]
mod schedule_v3;
#[cfg(feature = "sod_policies")]
pub use self::schedule_v3::ScheduleV3;
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
#[cfg(feature = "search_attribute_configuration")]
mod search_attribute_config;
#[cfg(feature = "search_attribute_configuration")]
pub use self::search_attribute_config::SearchAttributeConfig;
#[cfg(feature = "suggested_entitlement_description")]
mod search_criteria;
#[cfg(feature = "suggested_entitlement_description")]
pub use self::search_criteria::{
    SearchCriteria, SearchCriteriaFiltersValue, SearchCriteriaFiltersValueRange,
    SearchCriteriaFiltersValueRangeLower, SearchCriteriaFiltersValueRangeUpper,
    SearchCriteriaQuery, SearchCriteriaTextQuery,
};
#[cfg(feature = "custom_forms")]
mod search_form_definitions_by_tenant_response400;
#[cfg(feature = "custom_forms")]
pub use self::search_form_definitions_by_tenant_response400::SearchFormDefinitionsByTenantResponse400;
#[cfg(feature = "custom_forms")]
mod search_form_definitions_by_tenant_response401;
#[cfg(feature = "custom_forms")]
pub use self::search_form_definitions_by_tenant_response401::SearchFormDefinitionsByTenantResponse401;
#[cfg(feature = "custom_forms")]
mod search_form_definitions_by_tenant_response403;
#[cfg(feature = "custom_forms")]
pub use self::search_form_definitions_by_tenant_response403::SearchFormDefinitionsByTenantResponse403;
#[cfg(feature = "custom_forms")]
mod search_form_definitions_by_tenant_response500;
#[cfg(feature = "custom_forms")]
pub use self::search_form_definitions_by_tenant_response500::SearchFormDefinitionsByTenantResponse500;
#[cfg(feature = "custom_forms")]
mod search_form_element_data_by_element_id_response400;
#[cfg(feature = "custom_forms")]
pub use self::search_form_element_data_by_element_id_response400::SearchFormElementDataByElementIdResponse400;
#[cfg(feature = "custom_forms")]
mod search_form_element_data_by_element_id_response401;
#[cfg(feature = "custom_forms")]
pub use self::search_form_element_data_by_element_id_response401::SearchFormElementDataByElementIdResponse401;
#[cfg(feature = "custom_forms")]
mod search_form_element_data_by_element_id_response403;
#[cfg(feature = "custom_forms")]
pub use self::search_form_element_data_by_element_id_response403::SearchFormElementDataByElementIdResponse403;
#[cfg(feature = "custom_forms")]
mod search_form_element_data_by_element_id_response404;
#[cfg(feature = "custom_forms")]
pub use self::search_form_element_data_by_element_id_response404::SearchFormElementDataByElementIdResponse404;
#[cfg(feature = "custom_forms")]
mod search_form_element_data_by_element_id_response500;
#[cfg(feature = "custom_forms")]
pub use self::search_form_element_data_by_element_id_response500::SearchFormElementDataByElementIdResponse500;
#[cfg(feature = "custom_forms")]
mod search_form_instances_by_tenant_response400;
#[cfg(feature = "custom_forms")]
pub use self::search_form_instances_by_tenant_response400::SearchFormInstancesByTenantResponse400;
#[cfg(feature = "custom_forms")]
mod search_form_instances_by_tenant_response401;
#[cfg(feature = "custom_forms")]
pub use self::search_form_instances_by_tenant_response401::SearchFormInstancesByTenantResponse401;
#[cfg(feature = "custom_forms")]
mod search_form_instances_by_tenant_response403;
#[cfg(feature = "custom_forms")]
pub use self::search_form_instances_by_tenant_response403::SearchFormInstancesByTenantResponse403;
#[cfg(feature = "custom_forms")]
mod search_form_instances_by_tenant_response500;
#[cfg(feature = "custom_forms")]
pub use self::search_form_instances_by_tenant_response500::SearchFormInstancesByTenantResponse500;
#[cfg(feature = "custom_forms")]
mod search_pre_defined_select_options_response400;
#[cfg(feature = "custom_forms")]
pub use self::search_pre_defined_select_options_response400::SearchPreDefinedSelectOptionsResponse400;
#[cfg(feature = "custom_forms")]
mod search_pre_defined_select_options_response401;
#[cfg(feature = "custom_forms")]
pub use self::search_pre_defined_select_options_response401::SearchPreDefinedSelectOptionsResponse401;
#[cfg(feature = "custom_forms")]
mod search_pre_defined_select_options_response403;
#[cfg(feature = "custom_forms")]
pub use self::search_pre_defined_select_options_response403::SearchPreDefinedSelectOptionsResponse403;
#[cfg(feature = "custom_forms")]
mod search_pre_defined_select_options_response500;
#[cfg(feature = "custom_forms")]
pub use self::search_pre_defined_select_options_response500::SearchPreDefinedSelectOptionsResponse500;
#[cfg(feature = "work_items")]
mod section;
#[cfg(feature = "work_items")]
pub use self::section::Section;
#[cfg(feature = "suggested_entitlement_description")]
mod sed;
#[cfg(feature = "suggested_entitlement_description")]
pub use self::sed::Sed;
#[cfg(feature = "suggested_entitlement_description")]
mod sed_approval;
#[cfg(feature = "suggested_entitlement_description")]
pub use self::sed_approval::SedApproval;
#[cfg(feature = "suggested_entitlement_description")]
mod sed_approval_status;
#[cfg(feature = "suggested_entitlement_description")]
pub use self::sed_approval_status::SedApprovalStatus;
#[cfg(feature = "suggested_entitlement_description")]
mod sed_assignee;
#[cfg(feature = "suggested_entitlement_description")]
pub use self::sed_assignee::{SedAssignee, SedAssigneeType};
#[cfg(feature = "suggested_entitlement_description")]
mod sed_assignment;
#[cfg(feature = "suggested_entitlement_description")]
pub use self::sed_assignment::SedAssignment;
#[cfg(feature = "suggested_entitlement_description")]
mod sed_assignment_response;
#[cfg(feature = "suggested_entitlement_description")]
pub use self::sed_assignment_response::SedAssignmentResponse;
#[cfg(feature = "suggested_entitlement_description")]
mod sed_batch_request;
#[cfg(feature = "suggested_entitlement_description")]
pub use self::sed_batch_request::SedBatchRequest;
#[cfg(feature = "suggested_entitlement_description")]
mod sed_batch_response;
#[cfg(feature = "suggested_entitlement_description")]
pub use self::sed_batch_response::SedBatchResponse;
#[cfg(feature = "suggested_entitlement_description")]
mod sed_batch_stats;
#[cfg(feature = "suggested_entitlement_description")]
pub use self::sed_batch_stats::SedBatchStats;
#[cfg(feature = "suggested_entitlement_description")]
mod sed_patch;
#[cfg(feature = "suggested_entitlement_description")]
pub use self::sed_patch::SedPatch;
#[cfg(feature = "segments")]
mod segment;
#[cfg(feature = "segments")]
pub use self::segment::Segment;
#[cfg(feature = "apps")]
mod selector;
#[cfg(feature = "apps")]
pub use self::selector::{
    Selector, SelectorAccountMatchConfig, SelectorAccountMatchConfigMatchExpression,
};
#[cfg(feature = "sod_policies")]
mod selector_type;
#[cfg(feature = "sod_policies")]
pub use self::selector_type::SelectorType;
#[cfg(feature = "sod_policies")]
mod selector_v3;
#[cfg(feature = "sod_policies")]
pub use self::selector_v3::SelectorV3;
#[cfg(any(feature = "identity_profiles", feature = "sp_config"))]
mod self_import_export_dto;
#[cfg(any(feature = "identity_profiles", feature = "sp_config"))]
pub use self::self_import_export_dto::{SelfImportExportDto, SelfImportExportDtoType};
#[cfg(feature = "identities")]
mod send_account_verification_request;
#[cfg(feature = "identities")]
pub use self::send_account_verification_request::{
    SendAccountVerificationRequest, SendAccountVerificationRequestVia,
};
#[cfg(feature = "notifications")]
mod send_test_notification_request_dto;
#[cfg(feature = "notifications")]
pub use self::send_test_notification_request_dto::{
    SendTestNotificationRequestDto, SendTestNotificationRequestDtoMedium,
};
#[cfg(feature = "mfa_controller")]
mod send_token_request;
#[cfg(feature = "mfa_controller")]
pub use self::send_token_request::{SendTokenRequest, SendTokenRequestDeliveryType};
#[cfg(feature = "mfa_controller")]
mod send_token_response;
#[cfg(feature = "mfa_controller")]
pub use self::send_token_response::{SendTokenResponse, SendTokenResponseStatus};
#[cfg(feature = "service_desk_integration")]
mod service_desk_integration_template_dto;
#[cfg(feature = "service_desk_integration")]
pub use self::service_desk_integration_template_dto::ServiceDeskIntegrationTemplateDto;
#[cfg(feature = "service_desk_integration")]
mod service_desk_integration_template_type;
#[cfg(feature = "service_desk_integration")]
pub use self::service_desk_integration_template_type::ServiceDeskIntegrationTemplateType;
#[cfg(feature = "unreferenced-schemas")]
mod service_desk_source;
#[cfg(feature = "unreferenced-schemas")]
pub use self::service_desk_source::{ServiceDeskSource, ServiceDeskSourceType};
#[cfg(feature = "icons")]
mod set_icon_object_type;
#[cfg(feature = "icons")]
pub use self::set_icon_object_type::SetIconObjectType;
#[cfg(feature = "icons")]
mod set_icon_request;
#[cfg(feature = "icons")]
pub use self::set_icon_request::SetIconRequest;
#[cfg(feature = "icons")]
mod set_icon_response;
#[cfg(feature = "icons")]
pub use self::set_icon_response::SetIconResponse;
#[cfg(feature = "custom_forms")]
mod show_preview_data_source_response400;
#[cfg(feature = "custom_forms")]
pub use self::show_preview_data_source_response400::ShowPreviewDataSourceResponse400;
#[cfg(feature = "custom_forms")]
mod show_preview_data_source_response401;
#[cfg(feature = "custom_forms")]
pub use self::show_preview_data_source_response401::ShowPreviewDataSourceResponse401;
#[cfg(feature = "custom_forms")]
mod show_preview_data_source_response403;
#[cfg(feature = "custom_forms")]
pub use self::show_preview_data_source_response403::ShowPreviewDataSourceResponse403;
#[cfg(feature = "custom_forms")]
mod show_preview_data_source_response404;
#[cfg(feature = "custom_forms")]
pub use self::show_preview_data_source_response404::ShowPreviewDataSourceResponse404;
#[cfg(feature = "custom_forms")]
mod show_preview_data_source_response500;
#[cfg(feature = "custom_forms")]
pub use self::show_preview_data_source_response500::ShowPreviewDataSourceResponse500;
#[cfg(feature = "sim_integrations")]
mod sim_integration_details;
#[cfg(feature = "sim_integrations")]
pub use self::sim_integration_details::{
    SimIntegrationDetails, SimIntegrationDetailsBeforeProvisioningRule,
};
#[cfg(feature = "application_discovery")]
mod slim_discovered_application;
#[cfg(feature = "application_discovery")]
pub use self::slim_discovered_application::{
    SlimDiscoveredApplication, SlimDiscoveredApplicationRiskLevel,
};
#[cfg(feature = "certification_campaigns")]
mod slimcampaign;
#[cfg(feature = "certification_campaigns")]
pub use self::slimcampaign::{Slimcampaign, SlimcampaignCorrelatedStatus};
#[cfg(feature = "certification_campaigns")]
mod slimcampaign_status;
#[cfg(feature = "certification_campaigns")]
pub use self::slimcampaign_status::SlimcampaignStatus;
#[cfg(feature = "certification_campaigns")]
mod slimcampaign_type;
#[cfg(feature = "certification_campaigns")]
pub use self::slimcampaign_type::SlimcampaignType;
#[cfg(feature = "access_request_approvals")]
mod sod_exempt_criteria;
#[cfg(feature = "access_request_approvals")]
pub use self::sod_exempt_criteria::SodExemptCriteria;
#[cfg(feature = "access_requests")]
mod sod_exempt_criteria_v2024;
#[cfg(feature = "access_requests")]
pub use self::sod_exempt_criteria_v2024::SodExemptCriteriaV2024;
#[cfg(feature = "access_requests")]
mod sod_exempt_criteria_v3;
#[cfg(feature = "access_requests")]
pub use self::sod_exempt_criteria_v3::SodExemptCriteriaV3;
#[cfg(feature = "sod_policies")]
mod sod_policy;
#[cfg(feature = "sod_policies")]
pub use self::sod_policy::{
    SodPolicy, SodPolicyOwnerRef, SodPolicyOwnerRefType, SodPolicyState, SodPolicyType,
};
#[cfg(feature = "access_request_approvals")]
mod sod_policy_dto;
#[cfg(feature = "access_request_approvals")]
pub use self::sod_policy_dto::{SodPolicyDto, SodPolicyDtoType};
#[cfg(feature = "unreferenced-schemas")]
mod sod_policy_dto_beta;
#[cfg(feature = "unreferenced-schemas")]
pub use self::sod_policy_dto_beta::{SodPolicyDtoBeta, SodPolicyDtoBetaType};
#[cfg(feature = "access_requests")]
mod sod_policy_dto_v2024;
#[cfg(feature = "access_requests")]
pub use self::sod_policy_dto_v2024::{SodPolicyDtoV2024, SodPolicyDtoV2024Type};
#[cfg(feature = "access_requests")]
mod sod_policy_dto_v3;
#[cfg(feature = "access_requests")]
pub use self::sod_policy_dto_v3::{SodPolicyDtoV3, SodPolicyDtoV3Type};
#[cfg(feature = "sod_policies")]
mod sod_policy_schedule;
#[cfg(feature = "sod_policies")]
pub use self::sod_policy_schedule::SodPolicySchedule;
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
#[cfg(feature = "access_request_approvals")]
mod sod_violation_check_result;
#[cfg(feature = "access_request_approvals")]
pub use self::sod_violation_check_result::SodViolationCheckResult;
#[cfg(feature = "access_requests")]
mod sod_violation_check_result_v2024;
#[cfg(feature = "access_requests")]
pub use self::sod_violation_check_result_v2024::SodViolationCheckResultV2024;
#[cfg(feature = "access_requests")]
mod sod_violation_check_result_v3;
#[cfg(feature = "access_requests")]
pub use self::sod_violation_check_result_v3::SodViolationCheckResultV3;
#[cfg(feature = "access_request_approvals")]
mod sod_violation_context;
#[cfg(feature = "access_request_approvals")]
pub use self::sod_violation_context::{
    SodViolationContext, SodViolationContextConflictingAccessCriteria,
    SodViolationContextConflictingAccessCriteriaLeftCriteria,
    SodViolationContextConflictingAccessCriteriaRightCriteria,
};
#[cfg(feature = "access_request_approvals")]
mod sod_violation_context_check_completed;
#[cfg(feature = "access_request_approvals")]
pub use self::sod_violation_context_check_completed::{
    SodViolationContextCheckCompleted, SodViolationContextCheckCompletedState,
};
#[cfg(feature = "access_requests")]
mod sod_violation_context_check_completed_v2024;
#[cfg(feature = "access_requests")]
pub use self::sod_violation_context_check_completed_v2024::{
    SodViolationContextCheckCompletedV2024, SodViolationContextCheckCompletedV2024State,
};
#[cfg(feature = "access_requests")]
mod sod_violation_context_check_completed_v3;
#[cfg(feature = "access_requests")]
pub use self::sod_violation_context_check_completed_v3::{
    SodViolationContextCheckCompletedV3, SodViolationContextCheckCompletedV3State,
};
#[cfg(feature = "access_requests")]
mod sod_violation_context_v2024;
#[cfg(feature = "access_requests")]
pub use self::sod_violation_context_v2024::{
    SodViolationContextV2024, SodViolationContextV2024ConflictingAccessCriteria,
    SodViolationContextV2024ConflictingAccessCriteriaLeftCriteria,
    SodViolationContextV2024ConflictingAccessCriteriaRightCriteria,
};
#[cfg(feature = "access_requests")]
mod sod_violation_context_v3;
#[cfg(feature = "access_requests")]
pub use self::sod_violation_context_v3::{
    SodViolationContextV3, SodViolationContextV3ConflictingAccessCriteria,
    SodViolationContextV3ConflictingAccessCriteriaLeftCriteria,
    SodViolationContextV3ConflictingAccessCriteriaRightCriteria,
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
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod source_account_created;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::source_account_created::SourceAccountCreated;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod source_account_deleted;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::source_account_deleted::SourceAccountDeleted;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod source_account_updated;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::source_account_updated::SourceAccountUpdated;
#[cfg(feature = "apps")]
mod source_app;
#[cfg(feature = "apps")]
pub use self::source_app::{SourceApp, SourceAppAccountSource};
#[cfg(feature = "apps")]
mod source_app_bulk_update_request;
#[cfg(feature = "apps")]
pub use self::source_app_bulk_update_request::SourceAppBulkUpdateRequest;
#[cfg(feature = "apps")]
mod source_app_create_dto;
#[cfg(feature = "apps")]
pub use self::source_app_create_dto::{
    SourceAppCreateDto, SourceAppCreateDtoAccountSource,
};
#[cfg(feature = "apps")]
mod source_app_patch_dto;
#[cfg(feature = "apps")]
pub use self::source_app_patch_dto::{SourceAppPatchDto, SourceAppPatchDtoAccountSource};
#[cfg(any(feature = "service_desk_integration", feature = "sim_integrations"))]
mod source_cluster_dto;
#[cfg(any(feature = "service_desk_integration", feature = "sim_integrations"))]
pub use self::source_cluster_dto::{SourceClusterDto, SourceClusterDtoType};
#[cfg(feature = "connector_rule_management")]
mod source_code;
#[cfg(feature = "connector_rule_management")]
pub use self::source_code::SourceCode;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod source_created;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::source_created::{
    SourceCreated, SourceCreatedActor, SourceCreatedActorType,
};
#[cfg(feature = "multi_host_integration")]
mod source_creation_errors;
#[cfg(feature = "multi_host_integration")]
pub use self::source_creation_errors::SourceCreationErrors;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod source_deleted;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::source_deleted::{
    SourceDeleted, SourceDeletedActor, SourceDeletedActorType,
};
#[cfg(feature = "sources")]
mod source_entitlement_request_config;
#[cfg(feature = "sources")]
pub use self::source_entitlement_request_config::SourceEntitlementRequestConfig;
#[cfg(feature = "access_requests")]
mod source_item_ref;
#[cfg(feature = "access_requests")]
pub use self::source_item_ref::SourceItemRef;
#[cfg(feature = "sources")]
mod source_sync_job;
#[cfg(feature = "sources")]
pub use self::source_sync_job::{SourceSyncJob, SourceSyncJobStatus};
#[cfg(feature = "sources")]
mod source_sync_payload;
#[cfg(feature = "sources")]
pub use self::source_sync_payload::SourceSyncPayload;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod source_updated;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::source_updated::{
    SourceUpdated, SourceUpdatedActor, SourceUpdatedActorType,
};
#[cfg(feature = "source_usages")]
mod source_usage;
#[cfg(feature = "source_usages")]
pub use self::source_usage::SourceUsage;
#[cfg(feature = "source_usages")]
mod source_usage_status;
#[cfg(feature = "source_usages")]
pub use self::source_usage_status::{SourceUsageStatus, SourceUsageStatusStatus};
#[cfg(feature = "identity_attributes")]
mod source_v3;
#[cfg(feature = "identity_attributes")]
pub use self::source_v3::SourceV3;
#[cfg(feature = "sp_config")]
mod sp_config_export_job;
#[cfg(feature = "sp_config")]
pub use self::sp_config_export_job::SpConfigExportJob;
#[cfg(feature = "sp_config")]
mod sp_config_export_job_status;
#[cfg(feature = "sp_config")]
pub use self::sp_config_export_job_status::SpConfigExportJobStatus;
#[cfg(feature = "sp_config")]
mod sp_config_import_job_status;
#[cfg(feature = "sp_config")]
pub use self::sp_config_import_job_status::SpConfigImportJobStatus;
#[cfg(feature = "sp_config")]
mod sp_config_job;
#[cfg(feature = "sp_config")]
pub use self::sp_config_job::SpConfigJob;
#[cfg(feature = "sp_config")]
mod sp_config_job_status;
#[cfg(feature = "sp_config")]
pub use self::sp_config_job_status::SpConfigJobStatus;
#[cfg(feature = "sp_config")]
mod sp_config_job_type;
#[cfg(feature = "sp_config")]
pub use self::sp_config_job_type::SpConfigJobType;
#[cfg(feature = "transforms")]
mod split;
#[cfg(feature = "transforms")]
pub use self::split::Split;
#[cfg(feature = "managed_clusters")]
mod standard_level;
#[cfg(feature = "managed_clusters")]
pub use self::standard_level::StandardLevel;
#[cfg(feature = "triggers")]
mod start_invocation_input;
#[cfg(feature = "triggers")]
pub use self::start_invocation_input::StartInvocationInput;
#[cfg(feature = "launchers")]
mod start_launcher_response;
#[cfg(feature = "launchers")]
pub use self::start_launcher_response::StartLauncherResponse;
#[cfg(feature = "transforms")]
mod static_;
#[cfg(feature = "transforms")]
pub use self::static_::Static;
#[cfg(feature = "sources")]
mod status_response;
#[cfg(feature = "sources")]
pub use self::status_response::{StatusResponse, StatusResponseStatus};
#[cfg(feature = "triggers")]
mod subscription;
#[cfg(feature = "triggers")]
pub use self::subscription::Subscription;
#[cfg(feature = "triggers")]
mod subscription_post_request;
#[cfg(feature = "triggers")]
pub use self::subscription_post_request::SubscriptionPostRequest;
#[cfg(feature = "triggers")]
mod subscription_put_request;
#[cfg(feature = "triggers")]
pub use self::subscription_put_request::SubscriptionPutRequest;
#[cfg(feature = "triggers")]
mod subscription_type;
#[cfg(feature = "triggers")]
pub use self::subscription_type::SubscriptionType;
#[cfg(feature = "transforms")]
mod substring;
#[cfg(feature = "transforms")]
pub use self::substring::Substring;
#[cfg(feature = "tags")]
mod tag;
#[cfg(feature = "tags")]
pub use self::tag::{Tag, TagTagCategoryRefsItem, TagTagCategoryRefsItemType};
#[cfg(feature = "tagged_objects")]
mod tagged_object;
#[cfg(feature = "tagged_objects")]
pub use self::tagged_object::{
    TaggedObject, TaggedObjectObjectRef, TaggedObjectObjectRefType,
};
#[cfg(feature = "tagged_objects")]
mod tagged_object_dto;
#[cfg(feature = "tagged_objects")]
pub use self::tagged_object_dto::{TaggedObjectDto, TaggedObjectDtoType};
#[cfg(any(feature = "identities", feature = "task_management"))]
mod target;
#[cfg(any(feature = "identities", feature = "task_management"))]
pub use self::target::{Target, TargetType};
#[cfg(any(feature = "identities", feature = "task_management"))]
mod task_definition_summary;
#[cfg(any(feature = "identities", feature = "task_management"))]
pub use self::task_definition_summary::TaskDefinitionSummary;
#[cfg(any(feature = "accounts", feature = "roles", feature = "sources"))]
mod task_result_dto;
#[cfg(any(feature = "accounts", feature = "roles", feature = "sources"))]
pub use self::task_result_dto::{TaskResultDto, TaskResultDtoType};
#[cfg(feature = "identities")]
mod task_result_response;
#[cfg(feature = "identities")]
pub use self::task_result_response::TaskResultResponse;
#[cfg(feature = "identity_profiles")]
mod task_result_simplified;
#[cfg(feature = "identity_profiles")]
pub use self::task_result_simplified::{
    TaskResultSimplified, TaskResultSimplifiedCompletionStatus,
};
#[cfg(any(feature = "identities", feature = "task_management"))]
mod task_return_details;
#[cfg(any(feature = "identities", feature = "task_management"))]
pub use self::task_return_details::TaskReturnDetails;
#[cfg(any(feature = "identities", feature = "task_management"))]
mod task_status;
#[cfg(any(feature = "identities", feature = "task_management"))]
pub use self::task_status::{TaskStatus, TaskStatusCompletionStatus, TaskStatusType};
#[cfg(any(feature = "identities", feature = "task_management"))]
mod task_status_message;
#[cfg(any(feature = "identities", feature = "task_management"))]
pub use self::task_status_message::{
    TaskStatusMessage, TaskStatusMessageParametersItem, TaskStatusMessageType,
};
#[cfg(feature = "notifications")]
mod template_bulk_delete_dto;
#[cfg(feature = "notifications")]
pub use self::template_bulk_delete_dto::{
    TemplateBulkDeleteDto, TemplateBulkDeleteDtoMedium,
};
#[cfg(feature = "notifications")]
mod template_dto;
#[cfg(feature = "notifications")]
pub use self::template_dto::{TemplateDto, TemplateDtoMedium};
#[cfg(feature = "notifications")]
mod template_dto_default;
#[cfg(feature = "notifications")]
pub use self::template_dto_default::{TemplateDtoDefault, TemplateDtoDefaultMedium};
#[cfg(feature = "notifications")]
mod template_slack;
#[cfg(feature = "notifications")]
pub use self::template_slack::{
    TemplateSlack, TemplateSlackAutoApprovalData, TemplateSlackCustomFields,
};
#[cfg(feature = "notifications")]
mod template_teams;
#[cfg(feature = "notifications")]
pub use self::template_teams::{
    TemplateTeams, TemplateTeamsAutoApprovalData, TemplateTeamsCustomFields,
};
#[cfg(feature = "tenant")]
mod tenant;
#[cfg(feature = "tenant")]
pub use self::tenant::Tenant;
#[cfg(feature = "work_reassignment")]
mod tenant_configuration_details;
#[cfg(feature = "work_reassignment")]
pub use self::tenant_configuration_details::TenantConfigurationDetails;
#[cfg(feature = "work_reassignment")]
mod tenant_configuration_request;
#[cfg(feature = "work_reassignment")]
pub use self::tenant_configuration_request::TenantConfigurationRequest;
#[cfg(feature = "work_reassignment")]
mod tenant_configuration_response;
#[cfg(feature = "work_reassignment")]
pub use self::tenant_configuration_response::TenantConfigurationResponse;
#[cfg(feature = "ui_metadata")]
mod tenant_ui_metadata_item_response;
#[cfg(feature = "ui_metadata")]
pub use self::tenant_ui_metadata_item_response::TenantUiMetadataItemResponse;
#[cfg(feature = "ui_metadata")]
mod tenant_ui_metadata_item_update_request;
#[cfg(feature = "ui_metadata")]
pub use self::tenant_ui_metadata_item_update_request::TenantUiMetadataItemUpdateRequest;
#[cfg(feature = "workflows")]
mod test_external_execute_workflow_request;
#[cfg(feature = "workflows")]
pub use self::test_external_execute_workflow_request::TestExternalExecuteWorkflowRequest;
#[cfg(feature = "workflows")]
mod test_external_execute_workflow_response;
#[cfg(feature = "workflows")]
pub use self::test_external_execute_workflow_response::TestExternalExecuteWorkflowResponse;
#[cfg(feature = "triggers")]
mod test_invocation;
#[cfg(feature = "triggers")]
pub use self::test_invocation::TestInvocation;
#[cfg(feature = "mfa_configuration")]
mod test_mfa_config_method;
#[cfg(feature = "mfa_configuration")]
pub use self::test_mfa_config_method::TestMfaConfigMethod;
#[cfg(feature = "multi_host_integration")]
mod test_source_connection_multihost_response;
#[cfg(feature = "multi_host_integration")]
pub use self::test_source_connection_multihost_response::{
    TestSourceConnectionMultihostResponse,
    TestSourceConnectionMultihostResponseResultType,
};
#[cfg(feature = "workflows")]
mod test_workflow_request;
#[cfg(feature = "workflows")]
pub use self::test_workflow_request::TestWorkflowRequest;
#[cfg(feature = "workflows")]
mod test_workflow_response;
#[cfg(feature = "workflows")]
pub use self::test_workflow_response::TestWorkflowResponse;
#[cfg(feature = "mfa_controller")]
mod token_auth_request;
#[cfg(feature = "mfa_controller")]
pub use self::token_auth_request::{TokenAuthRequest, TokenAuthRequestDeliveryType};
#[cfg(feature = "mfa_controller")]
mod token_auth_response;
#[cfg(feature = "mfa_controller")]
pub use self::token_auth_response::{TokenAuthResponse, TokenAuthResponseStatus};
#[cfg(feature = "access_requests")]
mod too_many_requests;
#[cfg(feature = "access_requests")]
pub use self::too_many_requests::TooManyRequests;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_aggregations",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_message_catalogs",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "launchers",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_configuration",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities_config",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "source_usages",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "tagged_objects",
        feature = "tags",
        feature = "task_management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
mod too_many_requests_response;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_aggregations",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_message_catalogs",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "launchers",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_configuration",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities_config",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "source_usages",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "tagged_objects",
        feature = "tags",
        feature = "task_management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
pub use self::too_many_requests_response::TooManyRequestsResponse;
#[cfg(feature = "transforms")]
mod transform;
#[cfg(feature = "transforms")]
pub use self::transform::Transform;
#[cfg(feature = "transforms")]
mod transform_attributes;
#[cfg(feature = "transforms")]
pub use self::transform_attributes::TransformAttributes;
#[cfg(feature = "identity_profiles")]
mod transform_definition;
#[cfg(feature = "identity_profiles")]
pub use self::transform_definition::TransformDefinition;
#[cfg(feature = "identity_profiles")]
mod transform_definition_v3;
#[cfg(feature = "identity_profiles")]
pub use self::transform_definition_v3::TransformDefinitionV3;
#[cfg(feature = "transforms")]
mod transform_read;
#[cfg(feature = "transforms")]
pub use self::transform_read::TransformRead;
#[cfg(feature = "transforms")]
mod transform_rule;
#[cfg(feature = "transforms")]
pub use self::transform_rule::TransformRule;
#[cfg(feature = "transforms")]
mod transform_type;
#[cfg(feature = "transforms")]
pub use self::transform_type::TransformType;
#[cfg(
    any(
        feature = "iai_access_request_recommendations",
        feature = "iai_outliers",
        feature = "iai_recommendations"
    )
)]
mod translation_message;
#[cfg(
    any(
        feature = "iai_access_request_recommendations",
        feature = "iai_outliers",
        feature = "iai_recommendations"
    )
)]
pub use self::translation_message::TranslationMessage;
#[cfg(feature = "triggers")]
mod trigger;
#[cfg(feature = "triggers")]
pub use self::trigger::{Trigger, TriggerExampleInput, TriggerExampleOutput};
#[cfg(feature = "triggers")]
mod trigger_type;
#[cfg(feature = "triggers")]
pub use self::trigger_type::TriggerType;
#[cfg(feature = "transforms")]
mod trim;
#[cfg(feature = "transforms")]
pub use self::trim::Trim;
#[cfg(feature = "access_requests")]
mod unauthorized;
#[cfg(feature = "access_requests")]
pub use self::unauthorized::Unauthorized;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_aggregations",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_message_catalogs",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "launchers",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_configuration",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities_config",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "source_usages",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "tagged_objects",
        feature = "tags",
        feature = "task_management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
mod unauthorized_response;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "access_request_approvals",
        feature = "access_request_identity_metrics",
        feature = "access_requests",
        feature = "account_activities",
        feature = "account_aggregations",
        feature = "account_usages",
        feature = "accounts",
        feature = "application_discovery",
        feature = "apps",
        feature = "auth_profile",
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "entitlements",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_message_catalogs",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "launchers",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_clusters",
        feature = "mfa_configuration",
        feature = "mfa_controller",
        feature = "multi_host_integration",
        feature = "non_employee_lifecycle_management",
        feature = "notifications",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "password_configuration",
        feature = "password_dictionary",
        feature = "password_management",
        feature = "password_policies",
        feature = "password_sync_groups",
        feature = "personal_access_tokens",
        feature = "public_identities_config",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "segments",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sod_violations",
        feature = "source_usages",
        feature = "sources",
        feature = "sp_config",
        feature = "suggested_entitlement_description",
        feature = "tagged_objects",
        feature = "tags",
        feature = "task_management",
        feature = "tenant",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows"
    )
)]
pub use self::unauthorized_response::UnauthorizedResponse;
#[cfg(feature = "access_profiles")]
mod update_access_profiles_in_bulk_request_item;
#[cfg(feature = "access_profiles")]
pub use self::update_access_profiles_in_bulk_request_item::UpdateAccessProfilesInBulkRequestItem;
#[cfg(feature = "multi_host_integration")]
mod update_multi_host_sources_request_item;
#[cfg(feature = "multi_host_integration")]
pub use self::update_multi_host_sources_request_item::{
    UpdateMultiHostSourcesRequestItem, UpdateMultiHostSourcesRequestItemOp,
    UpdateMultiHostSourcesRequestItemValue,
    UpdateMultiHostSourcesRequestItemValueVariant5Item,
};
#[cfg(feature = "governance_groups")]
mod update_workgroup_members_request_item;
#[cfg(feature = "governance_groups")]
pub use self::update_workgroup_members_request_item::{
    UpdateWorkgroupMembersRequestItem, UpdateWorkgroupMembersRequestItemType,
};
#[cfg(feature = "transforms")]
mod upper;
#[cfg(feature = "transforms")]
pub use self::upper::Upper;
#[cfg(feature = "sources")]
mod usage_type;
#[cfg(feature = "sources")]
pub use self::usage_type::UsageType;
#[cfg(feature = "apps")]
mod user_app;
#[cfg(feature = "apps")]
pub use self::user_app::{
    UserApp, UserAppAccount, UserAppOwner, UserAppSource, UserAppSourceApp,
};
#[cfg(feature = "transforms")]
mod uuid;
#[cfg(feature = "transforms")]
pub use self::uuid::Uuid;
#[cfg(feature = "connectors")]
mod v3_connector_dto;
#[cfg(feature = "connectors")]
pub use self::v3_connector_dto::V3ConnectorDto;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod va_cluster_status_change_event;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::va_cluster_status_change_event::{
    VaClusterStatusChangeEvent, VaClusterStatusChangeEventApplication,
    VaClusterStatusChangeEventHealthCheckResult,
    VaClusterStatusChangeEventHealthCheckResultStatus,
    VaClusterStatusChangeEventPreviousHealthCheckResult,
    VaClusterStatusChangeEventPreviousHealthCheckResultStatus,
    VaClusterStatusChangeEventType,
};
#[cfg(feature = "triggers")]
mod validate_filter_input_dto;
#[cfg(feature = "triggers")]
pub use self::validate_filter_input_dto::ValidateFilterInputDto;
#[cfg(feature = "triggers")]
mod validate_filter_output_dto;
#[cfg(feature = "triggers")]
pub use self::validate_filter_output_dto::ValidateFilterOutputDto;
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
#[cfg(feature = "sod_policies")]
mod violation_owner_assignment_config;
#[cfg(feature = "sod_policies")]
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
mod work_item_type;
#[cfg(feature = "work_items")]
pub use self::work_item_type::WorkItemType;
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
mod workflow_trigger_beta;
#[cfg(feature = "workflows")]
pub use self::workflow_trigger_beta::{
    WorkflowTriggerBeta, WorkflowTriggerBetaAttributes, WorkflowTriggerBetaType,
};
#[cfg(feature = "governance_groups")]
mod workgroup_bulk_delete_request;
#[cfg(feature = "governance_groups")]
pub use self::workgroup_bulk_delete_request::WorkgroupBulkDeleteRequest;
#[cfg(feature = "governance_groups")]
mod workgroup_connection_dto;
#[cfg(feature = "governance_groups")]
pub use self::workgroup_connection_dto::{
    WorkgroupConnectionDto, WorkgroupConnectionDtoConnectionType,
};
#[cfg(feature = "governance_groups")]
mod workgroup_delete_item;
#[cfg(feature = "governance_groups")]
pub use self::workgroup_delete_item::WorkgroupDeleteItem;
#[cfg(feature = "governance_groups")]
mod workgroup_dto;
#[cfg(feature = "governance_groups")]
pub use self::workgroup_dto::{WorkgroupDto, WorkgroupDtoOwner};
#[cfg(feature = "governance_groups")]
mod workgroup_member_add_item;
#[cfg(feature = "governance_groups")]
pub use self::workgroup_member_add_item::WorkgroupMemberAddItem;
#[cfg(feature = "governance_groups")]
mod workgroup_member_delete_item;
#[cfg(feature = "governance_groups")]
pub use self::workgroup_member_delete_item::WorkgroupMemberDeleteItem;
