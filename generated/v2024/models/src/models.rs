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
#[cfg(any(feature = "access_profiles", feature = "dimensions", feature = "roles"))]
mod access_duration;
#[cfg(any(feature = "access_profiles", feature = "dimensions", feature = "roles"))]
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
#[cfg(feature = "unreferenced-schemas")]
mod access_item_approver_dto;
#[cfg(feature = "unreferenced-schemas")]
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
mod access_item_requested_for;
#[cfg(feature = "access_request_approvals")]
pub use self::access_item_requested_for::{
    AccessItemRequestedFor, AccessItemRequestedForType,
};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod access_item_requested_for_dto;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::access_item_requested_for_dto::{
    AccessItemRequestedForDto, AccessItemRequestedForDtoType,
};
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod access_item_requester;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::access_item_requester::{AccessItemRequester, AccessItemRequesterType};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod access_item_requester_dto;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::access_item_requester_dto::{
    AccessItemRequesterDto, AccessItemRequesterDtoType,
};
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod access_item_reviewed_by;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::access_item_reviewed_by::{AccessItemReviewedBy, AccessItemReviewedByType};
#[cfg(feature = "identity_history")]
mod access_item_role_response;
#[cfg(feature = "identity_history")]
pub use self::access_item_role_response::AccessItemRoleResponse;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod access_model_metadata;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use self::access_model_metadata::{
    AccessModelMetadata, AccessModelMetadataValuesItem,
};
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
mod access_profile;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
pub use self::access_profile::AccessProfile;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
mod access_profile_approval_scheme;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
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
#[cfg(any(feature = "dimensions", feature = "roles"))]
mod access_profile_ref;
#[cfg(any(feature = "dimensions", feature = "roles"))]
pub use self::access_profile_ref::{AccessProfileRef, AccessProfileRefType};
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
mod access_profile_source_ref;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
pub use self::access_profile_source_ref::{
    AccessProfileSourceRef, AccessProfileSourceRefType,
};
#[cfg(feature = "search")]
mod access_profile_summary;
#[cfg(feature = "search")]
pub use self::access_profile_summary::AccessProfileSummary;
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
#[cfg(feature = "access_request_approvals")]
mod access_request_approvers_list_response;
#[cfg(feature = "access_request_approvals")]
pub use self::access_request_approvers_list_response::AccessRequestApproversListResponse;
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
mod access_request_dynamic_approver_v2024;
#[cfg(feature = "triggers")]
pub use self::access_request_dynamic_approver_v2024::{
    AccessRequestDynamicApproverV2024, AccessRequestDynamicApproverV2024Type,
};
#[cfg(feature = "access_request_identity_metrics")]
mod access_request_identity_metrics;
#[cfg(feature = "access_request_identity_metrics")]
pub use self::access_request_identity_metrics::AccessRequestIdentityMetrics;
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
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod access_request_post_approval;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::access_request_post_approval::{
    AccessRequestPostApproval, AccessRequestPostApprovalRequestedItemsStatusItem,
    AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem,
    AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprovalDecision,
    AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprover,
    AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApproverType,
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
mod access_request_pre_approval_v2024;
#[cfg(feature = "triggers")]
pub use self::access_request_pre_approval_v2024::AccessRequestPreApprovalV2024;
#[cfg(feature = "iai_access_request_recommendations")]
mod access_request_recommendation_action_item_dto;
#[cfg(feature = "iai_access_request_recommendations")]
pub use self::access_request_recommendation_action_item_dto::AccessRequestRecommendationActionItemDto;
#[cfg(feature = "iai_access_request_recommendations")]
mod access_request_recommendation_action_item_response_dto;
#[cfg(feature = "iai_access_request_recommendations")]
pub use self::access_request_recommendation_action_item_response_dto::AccessRequestRecommendationActionItemResponseDto;
#[cfg(feature = "iai_access_request_recommendations")]
mod access_request_recommendation_config_dto;
#[cfg(feature = "iai_access_request_recommendations")]
pub use self::access_request_recommendation_config_dto::AccessRequestRecommendationConfigDto;
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
#[cfg(feature = "access_requests")]
mod access_request_response;
#[cfg(feature = "access_requests")]
pub use self::access_request_response::AccessRequestResponse;
#[cfg(feature = "webhook-payloads")]
mod access_request_submitted_response;
#[cfg(feature = "webhook-payloads")]
pub use self::access_request_submitted_response::AccessRequestSubmittedResponse;
#[cfg(feature = "access_requests")]
mod access_request_tracking;
#[cfg(feature = "access_requests")]
pub use self::access_request_tracking::AccessRequestTracking;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod access_request_type;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::access_request_type::AccessRequestType;
#[cfg(feature = "identity_history")]
mod access_requested;
#[cfg(feature = "identity_history")]
pub use self::access_requested::{
    AccessRequested, AccessRequestedAccount, AccessRequestedStatusChange,
    AccessRequestedStatusChangeNewStatus, AccessRequestedStatusChangePreviousStatus,
};
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
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod account_aggregation_completed;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::account_aggregation_completed::{
    AccountAggregationCompleted, AccountAggregationCompletedSource,
    AccountAggregationCompletedSourceType, AccountAggregationCompletedStats,
    AccountAggregationCompletedStatus,
};
#[cfg(feature = "account_aggregations")]
mod account_aggregation_status;
#[cfg(feature = "account_aggregations")]
pub use self::account_aggregation_status::{
    AccountAggregationStatus, AccountAggregationStatusStatus,
};
#[cfg(any(feature = "sources", feature = "transforms"))]
mod account_attribute;
#[cfg(any(feature = "sources", feature = "transforms"))]
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
mod account_info_ref;
#[cfg(feature = "access_requests")]
pub use self::account_info_ref::AccountInfoRef;
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
#[cfg(feature = "reports_data_extraction")]
mod accounts;
#[cfg(feature = "reports_data_extraction")]
pub use self::accounts::Accounts;
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
#[cfg(feature = "access_requests")]
mod accounts_selection_request;
#[cfg(feature = "access_requests")]
pub use self::accounts_selection_request::AccountsSelectionRequest;
#[cfg(feature = "access_requests")]
mod accounts_selection_response;
#[cfg(feature = "access_requests")]
pub use self::accounts_selection_response::AccountsSelectionResponse;
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
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod additional_owner_ref;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "dimensions",
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
#[cfg(feature = "search")]
mod aggregation_result;
#[cfg(feature = "search")]
pub use self::aggregation_result::AggregationResult;
#[cfg(any(feature = "roles", feature = "search"))]
mod aggregation_type;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::aggregation_type::AggregationType;
#[cfg(any(feature = "roles", feature = "search"))]
mod aggregations;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::aggregations::Aggregations;
#[cfg(feature = "search")]
mod app;
#[cfg(feature = "search")]
pub use self::app::{App, AppAccount};
#[cfg(feature = "apps")]
mod app_account_details;
#[cfg(feature = "apps")]
pub use self::app_account_details::{AppAccountDetails, AppAccountDetailsSourceAccount};
#[cfg(feature = "approvals")]
mod approval;
#[cfg(feature = "approvals")]
pub use self::approval::{
    Approval, ApprovalApprovalCriteria, ApprovalPriority, ApprovalStatus2,
};
#[cfg(feature = "approvals")]
mod approval_batch;
#[cfg(feature = "approvals")]
pub use self::approval_batch::ApprovalBatch;
#[cfg(feature = "approvals")]
mod approval_comment;
#[cfg(feature = "approvals")]
pub use self::approval_comment::ApprovalComment;
#[cfg(feature = "search")]
mod approval_comment2;
#[cfg(feature = "search")]
pub use self::approval_comment2::ApprovalComment2;
#[cfg(feature = "configuration_hub")]
mod approval_comment_v2024;
#[cfg(feature = "configuration_hub")]
pub use self::approval_comment_v2024::{
    ApprovalCommentV2024, ApprovalCommentV2024ChangedToStatus,
};
#[cfg(feature = "approvals")]
mod approval_description;
#[cfg(feature = "approvals")]
pub use self::approval_description::ApprovalDescription;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod approval_forward_history;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::approval_forward_history::ApprovalForwardHistory;
#[cfg(feature = "approvals")]
mod approval_identity;
#[cfg(feature = "approvals")]
pub use self::approval_identity::{ApprovalIdentity, ApprovalIdentityType};
#[cfg(feature = "work_items")]
mod approval_items;
#[cfg(feature = "work_items")]
pub use self::approval_items::ApprovalItems;
#[cfg(feature = "approvals")]
mod approval_name;
#[cfg(feature = "approvals")]
pub use self::approval_name::ApprovalName;
#[cfg(feature = "approvals")]
mod approval_reference;
#[cfg(feature = "approvals")]
pub use self::approval_reference::ApprovalReference;
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
#[cfg(feature = "search")]
mod approval_v2024;
#[cfg(feature = "search")]
pub use self::approval_v2024::ApprovalV2024;
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
        feature = "dimensions",
        feature = "roles"
    )
)]
mod attribute_dto;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "dimensions",
        feature = "roles"
    )
)]
pub use self::attribute_dto::AttributeDto;
#[cfg(any(feature = "access_profiles", feature = "dimensions", feature = "roles"))]
mod attribute_dto_list;
#[cfg(any(feature = "access_profiles", feature = "dimensions", feature = "roles"))]
pub use self::attribute_dto_list::AttributeDtoList;
#[cfg(feature = "search")]
mod attribute_request;
#[cfg(feature = "search")]
pub use self::attribute_request::{AttributeRequest, AttributeRequestValue};
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "dimensions",
        feature = "roles"
    )
)]
mod attribute_value_dto;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "dimensions",
        feature = "roles"
    )
)]
pub use self::attribute_value_dto::AttributeValueDto;
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
#[cfg(
    any(
        feature = "accounts",
        feature = "apps",
        feature = "identities",
        feature = "sources"
    )
)]
mod base_reference_dto;
#[cfg(
    any(
        feature = "accounts",
        feature = "apps",
        feature = "identities",
        feature = "sources"
    )
)]
pub use self::base_reference_dto::BaseReferenceDto;
#[cfg(feature = "search")]
mod base_segment;
#[cfg(feature = "search")]
pub use self::base_segment::BaseSegment;
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
#[cfg(
    any(
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
mod bound;
#[cfg(
    any(
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
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
#[cfg(any(feature = "roles", feature = "search"))]
mod bucket_aggregation;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::bucket_aggregation::BucketAggregation;
#[cfg(any(feature = "roles", feature = "search"))]
mod bucket_type;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::bucket_type::BucketType;
#[cfg(feature = "tagged_objects")]
mod bulk_add_tagged_object;
#[cfg(feature = "tagged_objects")]
pub use self::bulk_add_tagged_object::{
    BulkAddTaggedObject, BulkAddTaggedObjectOperation,
};
#[cfg(feature = "access_requests")]
mod bulk_approve_access_request;
#[cfg(feature = "access_requests")]
pub use self::bulk_approve_access_request::BulkApproveAccessRequest;
#[cfg(feature = "access_requests")]
mod bulk_cancel_access_request;
#[cfg(feature = "access_requests")]
pub use self::bulk_cancel_access_request::BulkCancelAccessRequest;
#[cfg(feature = "configuration_hub")]
mod bulk_create_object_mapping_request;
#[cfg(feature = "configuration_hub")]
pub use self::bulk_create_object_mapping_request::BulkCreateObjectMappingRequest;
#[cfg(feature = "configuration_hub")]
mod bulk_create_object_mapping_response;
#[cfg(feature = "configuration_hub")]
pub use self::bulk_create_object_mapping_response::BulkCreateObjectMappingResponse;
#[cfg(feature = "accounts")]
mod bulk_identities_accounts_response;
#[cfg(feature = "accounts")]
pub use self::bulk_identities_accounts_response::BulkIdentitiesAccountsResponse;
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
#[cfg(
    any(
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads",
        feature = "unreferenced-schemas"
    )
)]
mod campaign;
#[cfg(
    any(
        feature = "certification_campaigns",
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads",
        feature = "unreferenced-schemas"
    )
)]
pub use self::campaign::{
    Campaign, CampaignCampaignType, CampaignCorrelatedStatus,
    CampaignMandatoryCommentRequirement, CampaignType,
};
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
#[cfg(feature = "certification_campaigns")]
mod campaign_complete_options;
#[cfg(feature = "certification_campaigns")]
pub use self::campaign_complete_options::{
    CampaignCompleteOptions, CampaignCompleteOptionsAutoCompleteAction,
};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod campaign_ended;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::campaign_ended::{
    CampaignEnded, CampaignEndedCampaign, CampaignEndedCampaignCampaignOwner,
    CampaignEndedCampaignStatus, CampaignEndedCampaignType,
};
#[cfg(feature = "certification_campaign_filters")]
mod campaign_filter_details;
#[cfg(feature = "certification_campaign_filters")]
pub use self::campaign_filter_details::{
    CampaignFilterDetails, CampaignFilterDetailsCriteriaListItem,
    CampaignFilterDetailsMode,
};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod campaign_generated;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::campaign_generated::{
    CampaignGenerated, CampaignGeneratedCampaign, CampaignGeneratedCampaignCampaignOwner,
    CampaignGeneratedCampaignStatus, CampaignGeneratedCampaignType,
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
mod campaign_v2024;
#[cfg(feature = "certification_campaigns")]
pub use self::campaign_v2024::{
    CampaignV2024, CampaignV2024Filter, CampaignV2024FilterType,
    CampaignV2024MachineAccountCampaignInfo,
    CampaignV2024MachineAccountCampaignInfoReviewerType,
    CampaignV2024MandatoryCommentRequirement, CampaignV2024RoleCompositionCampaignInfo,
    CampaignV2024RoleCompositionCampaignInfoRemediatorRef,
    CampaignV2024RoleCompositionCampaignInfoRemediatorRefType,
    CampaignV2024RoleCompositionCampaignInfoReviewer,
    CampaignV2024RoleCompositionCampaignInfoReviewerType,
    CampaignV2024SearchCampaignInfo, CampaignV2024SearchCampaignInfoReviewer,
    CampaignV2024SearchCampaignInfoReviewerType, CampaignV2024SearchCampaignInfoType,
    CampaignV2024SourceOwnerCampaignInfo, CampaignV2024SourcesWithOrphanEntitlementsItem,
    CampaignV2024SourcesWithOrphanEntitlementsItemType,
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
#[cfg(feature = "unreferenced-schemas")]
mod certification_dto;
#[cfg(feature = "unreferenced-schemas")]
pub use self::certification_dto::CertificationDto;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
mod certification_identity_summary;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
pub use self::certification_identity_summary::CertificationIdentitySummary;
#[cfg(
    any(
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads",
        feature = "unreferenced-schemas"
    )
)]
mod certification_phase;
#[cfg(
    any(
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads",
        feature = "unreferenced-schemas"
    )
)]
pub use self::certification_phase::CertificationPhase;
#[cfg(
    any(
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads",
        feature = "unreferenced-schemas"
    )
)]
mod certification_reference;
#[cfg(
    any(
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads",
        feature = "unreferenced-schemas"
    )
)]
pub use self::certification_reference::{
    CertificationReference, CertificationReferenceType,
};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod certification_signed_off;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::certification_signed_off::{
    CertificationSignedOff, CertificationSignedOffCertification,
};
#[cfg(any(feature = "certification_campaigns", feature = "certifications"))]
mod certification_task;
#[cfg(any(feature = "certification_campaigns", feature = "certifications"))]
pub use self::certification_task::{
    CertificationTask, CertificationTaskStatus, CertificationTaskTargetType,
    CertificationTaskType,
};
#[cfg(feature = "identity_history")]
mod certifier_response;
#[cfg(feature = "identity_history")]
pub use self::certifier_response::CertifierResponse;
#[cfg(feature = "machine_account_classify")]
mod classification_mode;
#[cfg(feature = "machine_account_classify")]
pub use self::classification_mode::ClassificationMode;
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
#[cfg(feature = "managed_clusters")]
mod cluster_manual_upgrade;
#[cfg(feature = "managed_clusters")]
pub use self::cluster_manual_upgrade::{
    ClusterManualUpgrade, ClusterManualUpgradeJobsItem,
    ClusterManualUpgradeJobsItemManagedProcessConfiguration,
    ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg,
    ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon,
    ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent,
    ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay,
    ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox,
};
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
#[cfg(any(feature = "sources", feature = "transforms"))]
mod conditional;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::conditional::Conditional;
#[cfg(feature = "sp_config")]
mod config_export_response_body;
#[cfg(feature = "sp_config")]
pub use self::config_export_response_body::ConfigExportResponseBody;
#[cfg(feature = "identity_profiles")]
mod config_import_export_message;
#[cfg(feature = "identity_profiles")]
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
#[cfg(feature = "connector_customizers")]
mod connector_customizer_create_request;
#[cfg(feature = "connector_customizers")]
pub use self::connector_customizer_create_request::ConnectorCustomizerCreateRequest;
#[cfg(feature = "connector_customizers")]
mod connector_customizer_create_response;
#[cfg(feature = "connector_customizers")]
pub use self::connector_customizer_create_response::ConnectorCustomizerCreateResponse;
#[cfg(feature = "connector_customizers")]
mod connector_customizer_update_response;
#[cfg(feature = "connector_customizers")]
pub use self::connector_customizer_update_response::ConnectorCustomizerUpdateResponse;
#[cfg(feature = "connector_customizers")]
mod connector_customizer_version_create_response;
#[cfg(feature = "connector_customizers")]
pub use self::connector_customizer_version_create_response::ConnectorCustomizerVersionCreateResponse;
#[cfg(feature = "connector_customizers")]
mod connector_customizers_response;
#[cfg(feature = "connector_customizers")]
pub use self::connector_customizers_response::ConnectorCustomizersResponse;
#[cfg(any(feature = "connectors", feature = "sources"))]
mod connector_detail;
#[cfg(any(feature = "connectors", feature = "sources"))]
pub use self::connector_detail::{ConnectorDetail, ConnectorDetailStatus};
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
#[cfg(feature = "workflows")]
mod create_external_execute_workflow_request;
#[cfg(feature = "workflows")]
pub use self::create_external_execute_workflow_request::CreateExternalExecuteWorkflowRequest;
#[cfg(feature = "workflows")]
mod create_external_execute_workflow_response;
#[cfg(feature = "workflows")]
pub use self::create_external_execute_workflow_response::CreateExternalExecuteWorkflowResponse;
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
#[cfg(feature = "custom_password_instructions")]
mod custom_password_instruction;
#[cfg(feature = "custom_password_instructions")]
pub use self::custom_password_instruction::{
    CustomPasswordInstruction, CustomPasswordInstructionPageId,
};
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
mod data_access;
#[cfg(any(feature = "certification_summaries", feature = "certifications"))]
pub use self::data_access::{
    DataAccess, DataAccessCategoriesItem, DataAccessImpactScore, DataAccessPoliciesItem,
};
#[cfg(feature = "data_segmentation")]
mod data_segment;
#[cfg(feature = "data_segmentation")]
pub use self::data_segment::DataSegment;
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
#[cfg(feature = "non_employee_lifecycle_management")]
mod delete_non_employee_records_in_bulk_request;
#[cfg(feature = "non_employee_lifecycle_management")]
pub use self::delete_non_employee_records_in_bulk_request::DeleteNonEmployeeRecordsInBulkRequest;
#[cfg(feature = "sources")]
mod delete_source_response;
#[cfg(feature = "sources")]
pub use self::delete_source_response::{DeleteSourceResponse, DeleteSourceResponseType};
#[cfg(feature = "sources")]
mod delete_source_schedule_schedule_type;
#[cfg(feature = "sources")]
pub use self::delete_source_schedule_schedule_type::DeleteSourceScheduleScheduleType;
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
#[cfg(feature = "configuration_hub")]
mod deploy_request;
#[cfg(feature = "configuration_hub")]
pub use self::deploy_request::DeployRequest;
#[cfg(feature = "configuration_hub")]
mod deploy_response;
#[cfg(feature = "configuration_hub")]
pub use self::deploy_response::{
    DeployResponse, DeployResponseCloudStorageStatus, DeployResponseStatus,
    DeployResponseType,
};
#[cfg(feature = "dimensions")]
mod dimension;
#[cfg(feature = "dimensions")]
pub use self::dimension::Dimension;
#[cfg(feature = "dimensions")]
mod dimension_bulk_delete_request;
#[cfg(feature = "dimensions")]
pub use self::dimension_bulk_delete_request::DimensionBulkDeleteRequest;
#[cfg(feature = "dimensions")]
mod dimension_criteria_key;
#[cfg(feature = "dimensions")]
pub use self::dimension_criteria_key::DimensionCriteriaKey;
#[cfg(feature = "dimensions")]
mod dimension_criteria_key_type;
#[cfg(feature = "dimensions")]
pub use self::dimension_criteria_key_type::DimensionCriteriaKeyType;
#[cfg(feature = "dimensions")]
mod dimension_criteria_level1;
#[cfg(feature = "dimensions")]
pub use self::dimension_criteria_level1::DimensionCriteriaLevel1;
#[cfg(feature = "dimensions")]
mod dimension_criteria_level2;
#[cfg(feature = "dimensions")]
pub use self::dimension_criteria_level2::DimensionCriteriaLevel2;
#[cfg(feature = "dimensions")]
mod dimension_criteria_level3;
#[cfg(feature = "dimensions")]
pub use self::dimension_criteria_level3::DimensionCriteriaLevel3;
#[cfg(feature = "dimensions")]
mod dimension_criteria_operation;
#[cfg(feature = "dimensions")]
pub use self::dimension_criteria_operation::DimensionCriteriaOperation;
#[cfg(feature = "dimensions")]
mod dimension_membership_selector;
#[cfg(feature = "dimensions")]
pub use self::dimension_membership_selector::DimensionMembershipSelector;
#[cfg(feature = "dimensions")]
mod dimension_membership_selector_type;
#[cfg(feature = "dimensions")]
pub use self::dimension_membership_selector_type::DimensionMembershipSelectorType;
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
#[cfg(feature = "notifications")]
mod dkim_attributes;
#[cfg(feature = "notifications")]
pub use self::dkim_attributes::DkimAttributes;
#[cfg(feature = "unreferenced-schemas")]
mod document_fields;
#[cfg(feature = "unreferenced-schemas")]
pub use self::document_fields::DocumentFields;
#[cfg(any(feature = "search", feature = "unreferenced-schemas"))]
mod document_type;
#[cfg(any(feature = "search", feature = "unreferenced-schemas"))]
pub use self::document_type::DocumentType;
#[cfg(feature = "notifications")]
mod domain_address;
#[cfg(feature = "notifications")]
pub use self::domain_address::DomainAddress;
#[cfg(feature = "notifications")]
mod domain_status_dto;
#[cfg(feature = "notifications")]
pub use self::domain_status_dto::DomainStatusDto;
#[cfg(feature = "configuration_hub")]
mod draft_response;
#[cfg(feature = "configuration_hub")]
pub use self::draft_response::{
    DraftResponse, DraftResponseApprovalStatus, DraftResponseMode, DraftResponseStatus,
    DraftResponseType,
};
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "accounts",
        feature = "apps",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "data_segmentation",
        feature = "identities",
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "sim_integrations",
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
        feature = "apps",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "data_segmentation",
        feature = "identities",
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "sim_integrations",
        feature = "sources",
        feature = "unreferenced-schemas"
    )
)]
pub use self::dto_type::DtoType;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod e164phone;
#[cfg(any(feature = "sources", feature = "transforms"))]
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
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
mod entitlement;
#[cfg(
    any(
        feature = "access_profiles",
        feature = "accounts",
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use self::entitlement::{
    Entitlement, EntitlementAccessModelMetadata, EntitlementOwner, EntitlementOwnerType,
    EntitlementSource,
};
#[cfg(any(feature = "access_requests", feature = "entitlements", feature = "sources"))]
mod entitlement_access_request_config;
#[cfg(any(feature = "access_requests", feature = "entitlements", feature = "sources"))]
pub use self::entitlement_access_request_config::{
    EntitlementAccessRequestConfig,
    EntitlementAccessRequestConfigMaxPermittedAccessDuration,
    EntitlementAccessRequestConfigMaxPermittedAccessDurationTimeUnit,
};
#[cfg(any(feature = "access_requests", feature = "entitlements", feature = "sources"))]
mod entitlement_approval_scheme;
#[cfg(any(feature = "access_requests", feature = "entitlements", feature = "sources"))]
pub use self::entitlement_approval_scheme::{
    EntitlementApprovalScheme, EntitlementApprovalSchemeApproverType,
};
#[cfg(feature = "entitlements")]
mod entitlement_bulk_update_request;
#[cfg(feature = "entitlements")]
pub use self::entitlement_bulk_update_request::EntitlementBulkUpdateRequest;
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
#[cfg(any(feature = "access_profiles", feature = "dimensions", feature = "roles"))]
mod entitlement_ref;
#[cfg(any(feature = "access_profiles", feature = "dimensions", feature = "roles"))]
pub use self::entitlement_ref::{EntitlementRef, EntitlementRefType};
#[cfg(any(feature = "access_requests", feature = "entitlements"))]
mod entitlement_request_config;
#[cfg(any(feature = "access_requests", feature = "entitlements"))]
pub use self::entitlement_request_config::EntitlementRequestConfig;
#[cfg(any(feature = "access_requests", feature = "entitlements", feature = "sources"))]
mod entitlement_revocation_request_config;
#[cfg(any(feature = "access_requests", feature = "entitlements", feature = "sources"))]
pub use self::entitlement_revocation_request_config::EntitlementRevocationRequestConfig;
#[cfg(feature = "entitlements")]
mod entitlement_source_reset_base_reference_dto;
#[cfg(feature = "entitlements")]
pub use self::entitlement_source_reset_base_reference_dto::EntitlementSourceResetBaseReferenceDto;
#[cfg(feature = "search")]
mod entitlement_summary;
#[cfg(feature = "search")]
pub use self::entitlement_summary::EntitlementSummary;
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
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_password_instructions",
        feature = "data_segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_classify",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "machine_classification_config",
        feature = "machine_identities",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "mfa_configuration",
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
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
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
        feature = "task_management",
        feature = "tenant",
        feature = "tenant_context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "launchers",
        feature = "tags"
    )
)]
mod error_message_dto;
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
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_password_instructions",
        feature = "data_segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_classify",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "machine_classification_config",
        feature = "machine_identities",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "mfa_configuration",
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
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
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
        feature = "task_management",
        feature = "tenant",
        feature = "tenant_context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "launchers",
        feature = "tags"
    )
)]
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
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_password_instructions",
        feature = "data_segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_classify",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "machine_classification_config",
        feature = "machine_identities",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "mfa_configuration",
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
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
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
        feature = "task_management",
        feature = "tenant",
        feature = "tenant_context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "launchers",
        feature = "tags"
    )
)]
mod error_response_dto;
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
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_password_instructions",
        feature = "data_segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_classify",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "machine_classification_config",
        feature = "machine_identities",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "mfa_configuration",
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
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
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
        feature = "task_management",
        feature = "tenant",
        feature = "tenant_context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "launchers",
        feature = "tags"
    )
)]
pub use self::error_response_dto::ErrorResponseDto;
#[cfg(feature = "work_reassignment")]
mod evaluate_response;
#[cfg(feature = "work_reassignment")]
pub use self::evaluate_response::EvaluateResponse;
#[cfg(feature = "search")]
mod event;
#[cfg(feature = "search")]
pub use self::event::Event;
#[cfg(feature = "search")]
mod event_actor;
#[cfg(feature = "search")]
pub use self::event_actor::EventActor;
#[cfg(feature = "triggers")]
mod event_bridge_config;
#[cfg(feature = "triggers")]
pub use self::event_bridge_config::EventBridgeConfig;
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
pub use self::export_form_definitions_by_tenant_response_item::{
    ExportFormDefinitionsByTenantResponseItem,
    ExportFormDefinitionsByTenantResponseItemSelf,
};
#[cfg(feature = "unreferenced-schemas")]
mod export_options;
#[cfg(feature = "unreferenced-schemas")]
pub use self::export_options::ExportOptions;
#[cfg(feature = "sp_config")]
mod export_options_beta;
#[cfg(feature = "sp_config")]
pub use self::export_options_beta::{
    ExportOptionsBeta, ExportOptionsBetaExcludeTypesItem,
    ExportOptionsBetaIncludeTypesItem,
};
#[cfg(any(feature = "sp_config", feature = "unreferenced-schemas"))]
mod export_options_exclude_types_item;
#[cfg(any(feature = "sp_config", feature = "unreferenced-schemas"))]
pub use self::export_options_exclude_types_item::ExportOptionsExcludeTypesItem;
#[cfg(any(feature = "sp_config", feature = "unreferenced-schemas"))]
mod export_options_include_types_item;
#[cfg(any(feature = "sp_config", feature = "unreferenced-schemas"))]
pub use self::export_options_include_types_item::ExportOptionsIncludeTypesItem;
#[cfg(feature = "iai_outliers")]
mod export_outliers_zip_type;
#[cfg(feature = "iai_outliers")]
pub use self::export_outliers_zip_type::ExportOutliersZipType;
#[cfg(feature = "sp_config")]
mod export_payload;
#[cfg(feature = "sp_config")]
pub use self::export_payload::ExportPayload;
#[cfg(any(feature = "data_segmentation", feature = "segments"))]
mod expression;
#[cfg(any(feature = "data_segmentation", feature = "segments"))]
pub use self::expression::{
    Expression, ExpressionChildrenItem, ExpressionChildrenItemOperator,
    ExpressionOperator,
};
#[cfg(feature = "workflows")]
mod external_trigger_attributes;
#[cfg(feature = "workflows")]
pub use self::external_trigger_attributes::ExternalTriggerAttributes;
#[cfg(feature = "iai_recommendations")]
mod feature_value_dto;
#[cfg(feature = "iai_recommendations")]
pub use self::feature_value_dto::FeatureValueDto;
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
    any(
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
mod filter;
#[cfg(
    any(
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
pub use self::filter::Filter;
#[cfg(any(feature = "roles", feature = "search"))]
mod filter_aggregation;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::filter_aggregation::FilterAggregation;
#[cfg(
    any(
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
mod filter_type;
#[cfg(
    any(
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
pub use self::filter_type::FilterType;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod first_valid;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::first_valid::FirstValid;
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
#[cfg(feature = "work_items")]
mod form_details;
#[cfg(feature = "work_items")]
pub use self::form_details::FormDetails;
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
mod form_item_details;
#[cfg(feature = "unreferenced-schemas")]
pub use self::form_item_details::FormItemDetails;
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
#[cfg(any(feature = "sources", feature = "transforms"))]
mod generate_random_string;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::generate_random_string::GenerateRandomString;
#[cfg(feature = "access_request_identity_metrics")]
mod get_access_request_identity_metrics_type;
#[cfg(feature = "access_request_identity_metrics")]
pub use self::get_access_request_identity_metrics_type::GetAccessRequestIdentityMetricsType;
#[cfg(feature = "multi_host_integration")]
mod get_acct_aggregation_groups_response_item;
#[cfg(feature = "multi_host_integration")]
pub use self::get_acct_aggregation_groups_response_item::GetAcctAggregationGroupsResponseItem;
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
#[cfg(feature = "certification_summaries")]
mod get_identity_access_summaries_type;
#[cfg(feature = "certification_summaries")]
pub use self::get_identity_access_summaries_type::GetIdentityAccessSummariesType;
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
#[cfg(feature = "machine_classification_config")]
mod get_machine_classification_config_response;
#[cfg(feature = "machine_classification_config")]
pub use self::get_machine_classification_config_response::{
    GetMachineClassificationConfigResponse,
    GetMachineClassificationConfigResponseClassificationMethod,
};
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
#[cfg(any(feature = "sources", feature = "transforms"))]
mod get_reference_identity_attribute;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::get_reference_identity_attribute::GetReferenceIdentityAttribute;
#[cfg(feature = "reports_data_extraction")]
mod get_report_file_format;
#[cfg(feature = "reports_data_extraction")]
pub use self::get_report_file_format::GetReportFileFormat;
#[cfg(feature = "identities")]
mod get_role_assignments_response_item;
#[cfg(feature = "identities")]
pub use self::get_role_assignments_response_item::GetRoleAssignmentsResponseItem;
#[cfg(feature = "sources")]
mod get_source_config_locale;
#[cfg(feature = "sources")]
pub use self::get_source_config_locale::GetSourceConfigLocale;
#[cfg(feature = "sources")]
mod get_source_schedule_schedule_type;
#[cfg(feature = "sources")]
pub use self::get_source_schedule_schedule_type::GetSourceScheduleScheduleType;
#[cfg(feature = "sources")]
mod get_source_schemas_include_types;
#[cfg(feature = "sources")]
pub use self::get_source_schemas_include_types::GetSourceSchemasIncludeTypes;
#[cfg(feature = "tagged_objects")]
mod get_tagged_object_type;
#[cfg(feature = "tagged_objects")]
pub use self::get_tagged_object_type::GetTaggedObjectType;
#[cfg(feature = "tenant_context")]
mod get_tenant_context_response_item;
#[cfg(feature = "tenant_context")]
pub use self::get_tenant_context_response_item::GetTenantContextResponseItem;
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
#[cfg(feature = "reports_data_extraction")]
mod identities;
#[cfg(feature = "reports_data_extraction")]
pub use self::identities::Identities;
#[cfg(feature = "accounts")]
mod identities_accounts_bulk_request;
#[cfg(feature = "accounts")]
pub use self::identities_accounts_bulk_request::IdentitiesAccountsBulkRequest;
#[cfg(feature = "reports_data_extraction")]
mod identities_details;
#[cfg(feature = "reports_data_extraction")]
pub use self::identities_details::IdentitiesDetails;
#[cfg(feature = "work_reassignment")]
mod identity;
#[cfg(feature = "work_reassignment")]
pub use self::identity::Identity;
#[cfg(feature = "search")]
mod identity_access;
#[cfg(feature = "search")]
pub use self::identity_access::IdentityAccess;
#[cfg(feature = "access_requests")]
mod identity_account_selections;
#[cfg(feature = "access_requests")]
pub use self::identity_account_selections::IdentityAccountSelections;
#[cfg(feature = "identities")]
mod identity_association_details;
#[cfg(feature = "identities")]
pub use self::identity_association_details::{
    IdentityAssociationDetails, IdentityAssociationDetailsAssociationDetailsItem,
};
#[cfg(any(feature = "sources", feature = "transforms"))]
mod identity_attribute;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::identity_attribute::IdentityAttribute;
#[cfg(feature = "identity_profiles")]
mod identity_attribute_config;
#[cfg(feature = "identity_profiles")]
pub use self::identity_attribute_config::IdentityAttributeConfig;
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
#[cfg(feature = "identity_attributes")]
mod identity_attribute_v2024;
#[cfg(feature = "identity_attributes")]
pub use self::identity_attribute_v2024::IdentityAttributeV2024;
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
#[cfg(feature = "certification_summaries")]
mod identity_cert_decision_summary;
#[cfg(feature = "certification_summaries")]
pub use self::identity_cert_decision_summary::IdentityCertDecisionSummary;
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
#[cfg(feature = "access_requests")]
mod identity_entitlement_details;
#[cfg(feature = "access_requests")]
pub use self::identity_entitlement_details::IdentityEntitlementDetails;
#[cfg(feature = "access_requests")]
mod identity_entitlement_details_account_target;
#[cfg(feature = "access_requests")]
pub use self::identity_entitlement_details_account_target::IdentityEntitlementDetailsAccountTarget;
#[cfg(feature = "access_requests")]
mod identity_entitlement_details_entitlement_dto;
#[cfg(feature = "access_requests")]
pub use self::identity_entitlement_details_entitlement_dto::IdentityEntitlementDetailsEntitlementDto;
#[cfg(feature = "identities")]
mod identity_entitlements;
#[cfg(feature = "identities")]
pub use self::identity_entitlements::IdentityEntitlements;
#[cfg(feature = "identity_profiles")]
mod identity_exception_report_reference;
#[cfg(feature = "identity_profiles")]
pub use self::identity_exception_report_reference::IdentityExceptionReportReference;
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
#[cfg(feature = "global_tenant_security_settings")]
mod idp_details;
#[cfg(feature = "global_tenant_security_settings")]
pub use self::idp_details::IdpDetails;
#[cfg(feature = "sources")]
mod import_accounts_request;
#[cfg(feature = "sources")]
pub use self::import_accounts_request::ImportAccountsRequest;
#[cfg(feature = "sources")]
mod import_accounts_schema_request;
#[cfg(feature = "sources")]
pub use self::import_accounts_schema_request::ImportAccountsSchemaRequest;
#[cfg(feature = "sources")]
mod import_connector_file_request;
#[cfg(feature = "sources")]
pub use self::import_connector_file_request::ImportConnectorFileRequest;
#[cfg(feature = "entitlements")]
mod import_entitlements_by_source_request;
#[cfg(feature = "entitlements")]
pub use self::import_entitlements_by_source_request::ImportEntitlementsBySourceRequest;
#[cfg(feature = "sources")]
mod import_entitlements_request;
#[cfg(feature = "sources")]
pub use self::import_entitlements_request::ImportEntitlementsRequest;
#[cfg(feature = "sources")]
mod import_entitlements_schema_request;
#[cfg(feature = "sources")]
pub use self::import_entitlements_schema_request::ImportEntitlementsSchemaRequest;
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
#[cfg(feature = "identity_profiles")]
mod import_object;
#[cfg(feature = "identity_profiles")]
pub use self::import_object::{ImportObject, ImportObjectType};
#[cfg(feature = "identity_profiles")]
mod import_object_response_body;
#[cfg(feature = "identity_profiles")]
pub use self::import_object_response_body::ImportObjectResponseBody;
#[cfg(feature = "sp_config")]
mod import_object_v3;
#[cfg(feature = "sp_config")]
pub use self::import_object_v3::{ImportObjectV3, ImportObjectV3Type};
#[cfg(feature = "sp_config")]
mod import_options;
#[cfg(feature = "sp_config")]
pub use self::import_options::{
    ImportOptions, ImportOptionsDefaultReferencesItem, ImportOptionsExcludeTypesItem,
    ImportOptionsIncludeTypesItem,
};
#[cfg(feature = "sp_config")]
mod import_sp_config_request;
#[cfg(feature = "sp_config")]
pub use self::import_sp_config_request::ImportSpConfigRequest;
#[cfg(feature = "sources")]
mod import_uncorrelated_accounts_request;
#[cfg(feature = "sources")]
pub use self::import_uncorrelated_accounts_request::ImportUncorrelatedAccountsRequest;
#[cfg(
    any(
        feature = "reports_data_extraction",
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
mod index;
#[cfg(
    any(
        feature = "reports_data_extraction",
        feature = "roles",
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
#[cfg(any(feature = "roles", feature = "search"))]
mod inner_hit;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::inner_hit::InnerHit;
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
        feature = "configuration_hub",
        feature = "managed_cluster_types",
        feature = "sim_integrations"
    )
)]
mod json_patch;
#[cfg(
    any(
        feature = "configuration_hub",
        feature = "managed_cluster_types",
        feature = "sim_integrations"
    )
)]
pub use self::json_patch::JsonPatch;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "certification_campaigns",
        feature = "configuration_hub",
        feature = "connectors",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "governance_groups",
        feature = "iai_role_mining",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "non_employee_lifecycle_management",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "personal_access_tokens",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sources",
        feature = "task_management",
        feature = "tenant_context",
        feature = "workflows"
    )
)]
mod json_patch_operation;
#[cfg(
    any(
        feature = "access_model_metadata",
        feature = "access_profiles",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "certification_campaigns",
        feature = "configuration_hub",
        feature = "connectors",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "governance_groups",
        feature = "iai_role_mining",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "non_employee_lifecycle_management",
        feature = "o_auth_clients",
        feature = "org_config",
        feature = "personal_access_tokens",
        feature = "roles",
        feature = "search_attribute_configuration",
        feature = "service_desk_integration",
        feature = "sim_integrations",
        feature = "sod_policies",
        feature = "sources",
        feature = "task_management",
        feature = "tenant_context",
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
#[cfg(feature = "mfa_configuration")]
mod kba_answer_request_item;
#[cfg(feature = "mfa_configuration")]
pub use self::kba_answer_request_item::KbaAnswerRequestItem;
#[cfg(feature = "mfa_configuration")]
mod kba_answer_response_item;
#[cfg(feature = "mfa_configuration")]
pub use self::kba_answer_response_item::KbaAnswerResponseItem;
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
#[cfg(any(feature = "sources", feature = "transforms"))]
mod left_pad;
#[cfg(any(feature = "sources", feature = "transforms"))]
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
#[cfg(feature = "configuration_hub")]
mod list_deploys_response;
#[cfg(feature = "configuration_hub")]
pub use self::list_deploys_response::ListDeploysResponse;
#[cfg(feature = "custom_forms")]
mod list_form_definitions_by_tenant_response;
#[cfg(feature = "custom_forms")]
pub use self::list_form_definitions_by_tenant_response::ListFormDefinitionsByTenantResponse;
#[cfg(feature = "custom_forms")]
mod list_form_element_data_by_element_id_response;
#[cfg(feature = "custom_forms")]
pub use self::list_form_element_data_by_element_id_response::ListFormElementDataByElementIdResponse;
#[cfg(feature = "custom_forms")]
mod list_form_instances_by_tenant_response;
#[cfg(feature = "custom_forms")]
pub use self::list_form_instances_by_tenant_response::{
    ListFormInstancesByTenantResponse, ListFormInstancesByTenantResponseState,
};
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
mod list_identity_snapshots_interval;
#[cfg(feature = "identity_history")]
pub use self::list_identity_snapshots_interval::ListIdentitySnapshotsInterval;
#[cfg(feature = "machine_account_mappings")]
mod list_machine_account_mappings_response_item;
#[cfg(feature = "machine_account_mappings")]
pub use self::list_machine_account_mappings_response_item::{
    ListMachineAccountMappingsResponseItem, ListMachineAccountMappingsResponseItemTarget,
    ListMachineAccountMappingsResponseItemTargetType,
    ListMachineAccountMappingsResponseItemTransformDefinition,
    ListMachineAccountMappingsResponseItemTransformDefinitionAttributes,
    ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput,
    ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes,
};
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
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_password_instructions",
        feature = "data_segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_classify",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "machine_classification_config",
        feature = "machine_identities",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "mfa_configuration",
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
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
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
        feature = "task_management",
        feature = "tenant",
        feature = "tenant_context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "launchers",
        feature = "tags"
    )
)]
mod locale_origin;
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
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "custom_password_instructions",
        feature = "data_segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_classify",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "machine_classification_config",
        feature = "machine_identities",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "mfa_configuration",
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
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
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
        feature = "task_management",
        feature = "tenant",
        feature = "tenant_context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "launchers",
        feature = "tags"
    )
)]
pub use self::locale_origin::LocaleOrigin;
#[cfg(any(feature = "identities", feature = "task_management", feature = "triggers"))]
mod localized_message;
#[cfg(any(feature = "identities", feature = "task_management", feature = "triggers"))]
pub use self::localized_message::LocalizedMessage;
#[cfg(feature = "global_tenant_security_settings")]
mod lockout_configuration;
#[cfg(feature = "global_tenant_security_settings")]
pub use self::lockout_configuration::LockoutConfiguration;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod lookup;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::lookup::Lookup;
#[cfg(feature = "work_reassignment")]
mod lookup_step;
#[cfg(feature = "work_reassignment")]
pub use self::lookup_step::LookupStep;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod lower;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::lower::Lower;
#[cfg(feature = "machine_accounts")]
mod machine_account;
#[cfg(feature = "machine_accounts")]
pub use self::machine_account::{MachineAccount, MachineAccountClassificationMethod};
#[cfg(feature = "machine_classification_config")]
mod machine_classification_criteria_level1;
#[cfg(feature = "machine_classification_config")]
pub use self::machine_classification_criteria_level1::MachineClassificationCriteriaLevel1;
#[cfg(feature = "machine_classification_config")]
mod machine_classification_criteria_level2;
#[cfg(feature = "machine_classification_config")]
pub use self::machine_classification_criteria_level2::MachineClassificationCriteriaLevel2;
#[cfg(feature = "machine_classification_config")]
mod machine_classification_criteria_level3;
#[cfg(feature = "machine_classification_config")]
pub use self::machine_classification_criteria_level3::MachineClassificationCriteriaLevel3;
#[cfg(feature = "machine_classification_config")]
mod machine_classification_criteria_operation;
#[cfg(feature = "machine_classification_config")]
pub use self::machine_classification_criteria_operation::MachineClassificationCriteriaOperation;
#[cfg(feature = "machine_identities")]
mod machine_identity;
#[cfg(feature = "machine_identities")]
pub use self::machine_identity::MachineIdentity;
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
#[cfg(feature = "managed_cluster_types")]
mod managed_cluster_type;
#[cfg(feature = "managed_cluster_types")]
pub use self::managed_cluster_type::ManagedClusterType;
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
mod manual_work_item_state;
#[cfg(feature = "access_requests")]
pub use self::manual_work_item_state::ManualWorkItemState;
#[cfg(feature = "apps")]
mod match_term;
#[cfg(feature = "apps")]
pub use self::match_term::MatchTerm;
#[cfg(feature = "notifications")]
mod medium;
#[cfg(feature = "notifications")]
pub use self::medium::Medium;
#[cfg(feature = "data_segmentation")]
mod membership_type;
#[cfg(feature = "data_segmentation")]
pub use self::membership_type::MembershipType;
#[cfg(feature = "notifications")]
mod method_not_allowed;
#[cfg(feature = "notifications")]
pub use self::method_not_allowed::MethodNotAllowed;
#[cfg(any(feature = "roles", feature = "search"))]
mod metric_aggregation;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::metric_aggregation::MetricAggregation;
#[cfg(feature = "identity_history")]
mod metric_response;
#[cfg(feature = "identity_history")]
pub use self::metric_response::MetricResponse;
#[cfg(any(feature = "roles", feature = "search"))]
mod metric_type;
#[cfg(any(feature = "roles", feature = "search"))]
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
#[cfg(feature = "multi_host_integration")]
mod multi_host_integration_template_type;
#[cfg(feature = "multi_host_integration")]
pub use self::multi_host_integration_template_type::MultiHostIntegrationTemplateType;
#[cfg(feature = "multi_host_integration")]
mod multi_host_integrations;
#[cfg(feature = "multi_host_integration")]
pub use self::multi_host_integrations::{
    MultiHostIntegrations, MultiHostIntegrationsAccountCorrelationConfig,
    MultiHostIntegrationsAccountCorrelationConfigType,
    MultiHostIntegrationsAccountCorrelationRule,
    MultiHostIntegrationsAccountCorrelationRuleType, MultiHostIntegrationsAccountsFile,
    MultiHostIntegrationsBeforeProvisioningRule,
    MultiHostIntegrationsBeforeProvisioningRuleType, MultiHostIntegrationsCluster,
    MultiHostIntegrationsClusterType, MultiHostIntegrationsConnectionType,
    MultiHostIntegrationsConnectorAttributes,
    MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory,
    MultiHostIntegrationsConnectorAttributesMultiHostAttributes,
    MultiHostIntegrationsConnectorAttributesMultihostStatus,
    MultiHostIntegrationsManagementWorkgroup,
    MultiHostIntegrationsManagementWorkgroupType,
    MultiHostIntegrationsManagerCorrelationRule,
    MultiHostIntegrationsManagerCorrelationRuleType, MultiHostIntegrationsOwner,
    MultiHostIntegrationsOwnerType, MultiHostIntegrationsPasswordPoliciesItem,
    MultiHostIntegrationsPasswordPoliciesItemType, MultiHostIntegrationsSchemasItem,
    MultiHostIntegrationsSchemasItemType, MultiHostIntegrationsStatus,
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
    MultiHostSourcesClusterType, MultiHostSourcesFeaturesItem,
    MultiHostSourcesManagementWorkgroup, MultiHostSourcesManagementWorkgroupType,
    MultiHostSourcesManagerCorrelationRule, MultiHostSourcesManagerCorrelationRuleType,
    MultiHostSourcesOwner, MultiHostSourcesOwnerType,
    MultiHostSourcesPasswordPoliciesItem, MultiHostSourcesPasswordPoliciesItemType,
    MultiHostSourcesSchemasItem, MultiHostSourcesSchemasItemType, MultiHostSourcesStatus,
};
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
#[cfg(feature = "sources")]
mod native_change_detection_config;
#[cfg(feature = "sources")]
pub use self::native_change_detection_config::{
    NativeChangeDetectionConfig, NativeChangeDetectionConfigOperationsItem,
};
#[cfg(any(feature = "roles", feature = "search"))]
mod nested_aggregation;
#[cfg(any(feature = "roles", feature = "search"))]
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
#[cfg(feature = "notifications")]
mod notification_template_context;
#[cfg(feature = "notifications")]
pub use self::notification_template_context::NotificationTemplateContext;
#[cfg(feature = "sp_config")]
mod object_configuration_model;
#[cfg(feature = "sp_config")]
pub use self::object_configuration_model::ObjectConfigurationModel;
#[cfg(feature = "configuration_hub")]
mod object_export_import_names;
#[cfg(feature = "configuration_hub")]
pub use self::object_export_import_names::ObjectExportImportNames;
#[cfg(any(feature = "sp_config", feature = "unreferenced-schemas"))]
mod object_export_import_options;
#[cfg(any(feature = "sp_config", feature = "unreferenced-schemas"))]
pub use self::object_export_import_options::ObjectExportImportOptions;
#[cfg(feature = "sp_config")]
mod object_export_import_options_beta;
#[cfg(feature = "sp_config")]
pub use self::object_export_import_options_beta::ObjectExportImportOptionsBeta;
#[cfg(feature = "sp_config")]
mod object_import_result;
#[cfg(feature = "sp_config")]
pub use self::object_import_result::ObjectImportResult;
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
#[cfg(feature = "certification_campaign_filters")]
mod operation;
#[cfg(feature = "certification_campaign_filters")]
pub use self::operation::Operation;
#[cfg(feature = "org_config")]
mod org_config;
#[cfg(feature = "org_config")]
pub use self::org_config::OrgConfig;
#[cfg(feature = "search")]
mod original_request;
#[cfg(feature = "search")]
pub use self::original_request::OriginalRequest;
#[cfg(feature = "reports_data_extraction")]
mod orphan_identities;
#[cfg(feature = "reports_data_extraction")]
pub use self::orphan_identities::{OrphanIdentities, OrphanIdentitiesSelectedFormatsItem};
#[cfg(feature = "iai_outliers")]
mod outlier;
#[cfg(feature = "iai_outliers")]
pub use self::outlier::{Outlier, OutlierType, OutlierUnignoreType};
#[cfg(feature = "iai_outliers")]
mod outlier_contributing_feature;
#[cfg(feature = "iai_outliers")]
pub use self::outlier_contributing_feature::OutlierContributingFeature;
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
mod outlier_value_type;
#[cfg(feature = "iai_outliers")]
pub use self::outlier_value_type::{OutlierValueType, OutlierValueTypeName};
#[cfg(feature = "iai_outliers")]
mod outliers_contributing_feature_access_items;
#[cfg(feature = "iai_outliers")]
pub use self::outliers_contributing_feature_access_items::{
    OutliersContributingFeatureAccessItems,
    OutliersContributingFeatureAccessItemsAccessType,
};
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "service_desk_integration",
        feature = "sim_integrations"
    )
)]
mod owner_dto;
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "service_desk_integration",
        feature = "sim_integrations"
    )
)]
pub use self::owner_dto::OwnerDto;
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "governance_groups",
        feature = "service_desk_integration",
        feature = "sim_integrations"
    )
)]
mod owner_dto_type;
#[cfg(
    any(
        feature = "access_request_approvals",
        feature = "access_requests",
        feature = "governance_groups",
        feature = "service_desk_integration",
        feature = "sim_integrations"
    )
)]
pub use self::owner_dto_type::OwnerDtoType;
#[cfg(any(feature = "access_profiles", feature = "dimensions", feature = "roles"))]
mod owner_reference;
#[cfg(any(feature = "access_profiles", feature = "dimensions", feature = "roles"))]
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
#[cfg(feature = "sources")]
mod password_policy_holders_dto_attributes;
#[cfg(feature = "sources")]
pub use self::password_policy_holders_dto_attributes::{
    PasswordPolicyHoldersDtoAttributes,
    PasswordPolicyHoldersDtoAttributesIdentityAttrItem,
};
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
    PendingApprovalMaxPermittedAccessDurationTimeUnit, PendingApprovalOwner,
    PendingApprovalOwnerType,
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
        feature = "dimensions",
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
        feature = "dimensions",
        feature = "entitlements",
        feature = "roles"
    )
)]
pub use self::permission_dto::PermissionDto;
#[cfg(feature = "access_requests")]
mod pre_approval_trigger_details;
#[cfg(feature = "access_requests")]
pub use self::pre_approval_trigger_details::{
    PreApprovalTriggerDetails, PreApprovalTriggerDetailsDecision,
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
#[cfg(feature = "search")]
mod processing_details;
#[cfg(feature = "search")]
pub use self::processing_details::ProcessingDetails;
#[cfg(feature = "tenant")]
mod product;
#[cfg(feature = "tenant")]
pub use self::product::{Product, ProductOrgType};
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod provisioning_completed;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::provisioning_completed::{
    ProvisioningCompleted, ProvisioningCompletedAccountRequestsItem,
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
    ProvisioningConfig, ProvisioningConfigPlanInitializerScript,
};
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
mod provisioning_criteria_level1;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
pub use self::provisioning_criteria_level1::ProvisioningCriteriaLevel1;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
mod provisioning_criteria_level2;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
pub use self::provisioning_criteria_level2::ProvisioningCriteriaLevel2;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
mod provisioning_criteria_level3;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
pub use self::provisioning_criteria_level3::ProvisioningCriteriaLevel3;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
mod provisioning_criteria_operation;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
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
mod put_connector_correlation_config_request;
#[cfg(feature = "connectors")]
pub use self::put_connector_correlation_config_request::PutConnectorCorrelationConfigRequest;
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
#[cfg(any(feature = "roles", feature = "search"))]
mod query;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::query::Query;
#[cfg(any(feature = "roles", feature = "search"))]
mod query_result_filter;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::query_result_filter::QueryResultFilter;
#[cfg(any(feature = "roles", feature = "search"))]
mod query_type;
#[cfg(any(feature = "roles", feature = "search"))]
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
    any(
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
mod range;
#[cfg(
    any(
        feature = "roles",
        feature = "saved_search",
        feature = "search",
        feature = "unreferenced-schemas"
    )
)]
pub use self::range::Range;
#[cfg(
    any(
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads",
        feature = "unreferenced-schemas"
    )
)]
mod reassignment;
#[cfg(
    any(
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads",
        feature = "unreferenced-schemas"
    )
)]
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
#[cfg(feature = "work_reassignment")]
mod reassignment_type_enum;
#[cfg(feature = "work_reassignment")]
pub use self::reassignment_type_enum::ReassignmentTypeEnum;
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
#[cfg(feature = "data_segmentation")]
mod ref_;
#[cfg(feature = "data_segmentation")]
pub use self::ref_::Ref;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod reference;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::reference::Reference;
#[cfg(feature = "search")]
mod reference_v2024;
#[cfg(feature = "search")]
pub use self::reference_v2024::ReferenceV2024;
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
#[cfg(feature = "org_config")]
mod report_config_dto;
#[cfg(feature = "org_config")]
pub use self::report_config_dto::ReportConfigDto;
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
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
mod requestability;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
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
mod requested_item_account_selections;
#[cfg(feature = "access_requests")]
pub use self::requested_item_account_selections::{
    RequestedItemAccountSelections, RequestedItemAccountSelectionsType,
};
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
#[cfg(
    any(
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads",
        feature = "unreferenced-schemas"
    )
)]
mod reviewer;
#[cfg(
    any(
        feature = "certifications",
        feature = "triggers",
        feature = "webhook-payloads",
        feature = "unreferenced-schemas"
    )
)]
pub use self::reviewer::{Reviewer, ReviewerType};
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
mod revocability;
#[cfg(any(feature = "access_profiles", feature = "dimensions"))]
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
mod role_bulk_update_response;
#[cfg(feature = "roles")]
pub use self::role_bulk_update_response::{
    RoleBulkUpdateResponse, RoleBulkUpdateResponseStatus,
};
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
mod role_get_all_bulk_update_response;
#[cfg(feature = "roles")]
pub use self::role_get_all_bulk_update_response::{
    RoleGetAllBulkUpdateResponse, RoleGetAllBulkUpdateResponseStatus,
};
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
#[cfg(feature = "roles")]
mod role_list_filter_dto;
#[cfg(feature = "roles")]
pub use self::role_list_filter_dto::{
    RoleListFilterDto, RoleListFilterDtoAmmKeyValuesItem,
};
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
#[cfg(feature = "roles")]
mod role_metadata_bulk_update_by_filter_request;
#[cfg(feature = "roles")]
pub use self::role_metadata_bulk_update_by_filter_request::{
    RoleMetadataBulkUpdateByFilterRequest,
    RoleMetadataBulkUpdateByFilterRequestOperation,
    RoleMetadataBulkUpdateByFilterRequestReplaceScope,
    RoleMetadataBulkUpdateByFilterRequestValuesItem,
};
#[cfg(feature = "roles")]
mod role_metadata_bulk_update_by_id_request;
#[cfg(feature = "roles")]
pub use self::role_metadata_bulk_update_by_id_request::{
    RoleMetadataBulkUpdateByIdRequest, RoleMetadataBulkUpdateByIdRequestOperation,
    RoleMetadataBulkUpdateByIdRequestReplaceScope,
    RoleMetadataBulkUpdateByIdRequestValuesItem,
};
#[cfg(feature = "roles")]
mod role_metadata_bulk_update_by_query_request;
#[cfg(feature = "roles")]
pub use self::role_metadata_bulk_update_by_query_request::{
    RoleMetadataBulkUpdateByQueryRequest, RoleMetadataBulkUpdateByQueryRequestOperation,
    RoleMetadataBulkUpdateByQueryRequestReplaceScope,
    RoleMetadataBulkUpdateByQueryRequestValuesItem,
};
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
#[cfg(feature = "search")]
mod role_summary;
#[cfg(feature = "search")]
pub use self::role_summary::RoleSummary;
#[cfg(feature = "identities")]
mod role_target_dto;
#[cfg(feature = "identities")]
pub use self::role_target_dto::RoleTargetDto;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod rule;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::rule::Rule;
#[cfg(feature = "saved_search")]
mod saved_search;
#[cfg(feature = "saved_search")]
pub use self::saved_search::SavedSearch;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod saved_search_complete;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::saved_search_complete::{
    SavedSearchComplete, SavedSearchCompleteSearchResults,
    SavedSearchCompleteSearchResultsAccount, SavedSearchCompleteSearchResultsEntitlement,
    SavedSearchCompleteSearchResultsIdentity,
};
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
mod schedule_v2024;
#[cfg(feature = "certification_campaigns")]
pub use self::schedule_v2024::{
    ScheduleV2024, ScheduleV2024Days, ScheduleV2024DaysType, ScheduleV2024Hours,
    ScheduleV2024HoursType, ScheduleV2024Months, ScheduleV2024MonthsType,
    ScheduleV2024Type,
};
#[cfg(feature = "configuration_hub")]
mod scheduled_action_payload;
#[cfg(feature = "configuration_hub")]
pub use self::scheduled_action_payload::{
    ScheduledActionPayload, ScheduledActionPayloadContent,
    ScheduledActionPayloadContentBackupOptions,
    ScheduledActionPayloadContentBackupOptionsObjectOptionsValue,
    ScheduledActionPayloadJobType,
};
#[cfg(feature = "configuration_hub")]
mod scheduled_action_response;
#[cfg(feature = "configuration_hub")]
pub use self::scheduled_action_response::{
    ScheduledActionResponse, ScheduledActionResponseContent,
    ScheduledActionResponseContentBackupOptions,
    ScheduledActionResponseContentBackupOptionsObjectOptionsValue,
    ScheduledActionResponseJobType,
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
#[cfg(feature = "data_segmentation")]
mod scope;
#[cfg(feature = "data_segmentation")]
pub use self::scope::Scope;
#[cfg(feature = "data_segmentation")]
mod scope_type;
#[cfg(feature = "data_segmentation")]
pub use self::scope_type::ScopeType;
#[cfg(feature = "data_segmentation")]
mod scope_visibility_type;
#[cfg(feature = "data_segmentation")]
pub use self::scope_visibility_type::ScopeVisibilityType;
#[cfg(any(feature = "roles", feature = "search"))]
mod search;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::search::Search;
#[cfg(any(feature = "roles", feature = "search"))]
mod search_aggregation_specification;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::search_aggregation_specification::SearchAggregationSpecification;
#[cfg(feature = "saved_search")]
mod search_arguments;
#[cfg(feature = "saved_search")]
pub use self::search_arguments::SearchArguments;
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
#[cfg(any(feature = "roles", feature = "search"))]
mod search_filter_type;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::search_filter_type::SearchFilterType;
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
mod sed_batch_record;
#[cfg(feature = "suggested_entitlement_description")]
pub use self::sed_batch_record::SedBatchRecord;
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
#[cfg(feature = "data_segmentation")]
mod segment_membership;
#[cfg(feature = "data_segmentation")]
pub use self::segment_membership::SegmentMembership;
#[cfg(feature = "apps")]
mod selector;
#[cfg(feature = "apps")]
pub use self::selector::{
    Selector, SelectorAccountMatchConfig, SelectorAccountMatchConfigMatchExpression,
};
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
#[cfg(
    any(
        feature = "scheduled_search",
        feature = "sod_policies",
        feature = "unreferenced-schemas"
    )
)]
mod selector_v2024;
#[cfg(
    any(
        feature = "scheduled_search",
        feature = "sod_policies",
        feature = "unreferenced-schemas"
    )
)]
pub use self::selector_v2024::SelectorV2024;
#[cfg(feature = "sp_config")]
mod self_import_export_dto;
#[cfg(feature = "sp_config")]
pub use self::self_import_export_dto::{SelfImportExportDto, SelfImportExportDtoType};
#[cfg(feature = "identities")]
mod send_account_verification_request;
#[cfg(feature = "identities")]
pub use self::send_account_verification_request::{
    SendAccountVerificationRequest, SendAccountVerificationRequestVia,
};
#[cfg(feature = "machine_account_classify")]
mod send_classify_machine_account_response;
#[cfg(feature = "machine_account_classify")]
pub use self::send_classify_machine_account_response::SendClassifyMachineAccountResponse;
#[cfg(feature = "notifications")]
mod send_test_notification_request_dto;
#[cfg(feature = "notifications")]
pub use self::send_test_notification_request_dto::{
    SendTestNotificationRequestDto, SendTestNotificationRequestDtoMedium,
};
#[cfg(any(feature = "service_desk_integration", feature = "sim_integrations"))]
mod service_desk_integration_dto;
#[cfg(any(feature = "service_desk_integration", feature = "sim_integrations"))]
pub use self::service_desk_integration_dto::ServiceDeskIntegrationDto;
#[cfg(feature = "service_desk_integration")]
mod service_desk_integration_template_dto;
#[cfg(feature = "service_desk_integration")]
pub use self::service_desk_integration_template_dto::ServiceDeskIntegrationTemplateDto;
#[cfg(feature = "service_desk_integration")]
mod service_desk_integration_template_type;
#[cfg(feature = "service_desk_integration")]
pub use self::service_desk_integration_template_type::ServiceDeskIntegrationTemplateType;
#[cfg(any(feature = "service_desk_integration", feature = "sim_integrations"))]
mod service_desk_source;
#[cfg(any(feature = "service_desk_integration", feature = "sim_integrations"))]
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
#[cfg(feature = "lifecycle_states")]
mod set_lifecycle_state_request;
#[cfg(feature = "lifecycle_states")]
pub use self::set_lifecycle_state_request::SetLifecycleStateRequest;
#[cfg(feature = "lifecycle_states")]
mod set_lifecycle_state_response;
#[cfg(feature = "lifecycle_states")]
pub use self::set_lifecycle_state_response::SetLifecycleStateResponse;
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
#[cfg(feature = "sod_policies")]
mod sod_policy;
#[cfg(feature = "sod_policies")]
pub use self::sod_policy::{
    SodPolicy, SodPolicyOwnerRef, SodPolicyOwnerRefType, SodPolicyState, SodPolicyType,
};
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
mod sod_policy_dto;
#[cfg(any(feature = "access_request_approvals", feature = "access_requests"))]
pub use self::sod_policy_dto::{SodPolicyDto, SodPolicyDtoType};
#[cfg(feature = "unreferenced-schemas")]
mod sod_policy_dto_v2024;
#[cfg(feature = "unreferenced-schemas")]
pub use self::sod_policy_dto_v2024::{SodPolicyDtoV2024, SodPolicyDtoV2024Type};
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
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod source_account_created;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::source_account_created::SourceAccountCreated;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
mod source_account_deleted;
#[cfg(any(feature = "triggers", feature = "webhook-payloads"))]
pub use self::source_account_deleted::SourceAccountDeleted;
#[cfg(feature = "access_requests")]
mod source_account_selections;
#[cfg(feature = "access_requests")]
pub use self::source_account_selections::SourceAccountSelections;
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
#[cfg(feature = "sources")]
mod source_connections_dto;
#[cfg(feature = "sources")]
pub use self::source_connections_dto::SourceConnectionsDto;
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
#[cfg(any(feature = "multi_host_integration", feature = "sources"))]
mod source_features_item;
#[cfg(any(feature = "multi_host_integration", feature = "sources"))]
pub use self::source_features_item::SourceFeaturesItem;
#[cfg(feature = "sources")]
mod source_health_dto;
#[cfg(feature = "sources")]
pub use self::source_health_dto::{SourceHealthDto, SourceHealthDtoStatus};
#[cfg(feature = "access_requests")]
mod source_item_ref;
#[cfg(feature = "access_requests")]
pub use self::source_item_ref::SourceItemRef;
#[cfg(feature = "sources")]
mod source_schedule;
#[cfg(feature = "sources")]
pub use self::source_schedule::{SourceSchedule, SourceScheduleType};
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
mod source_v2024;
#[cfg(feature = "identity_attributes")]
pub use self::source_v2024::SourceV2024;
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
#[cfg(feature = "sp_config")]
mod sp_config_message;
#[cfg(feature = "sp_config")]
pub use self::sp_config_message::SpConfigMessage;
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
#[cfg(feature = "triggers")]
mod start_invocation_input;
#[cfg(feature = "triggers")]
pub use self::start_invocation_input::StartInvocationInput;
#[cfg(feature = "launchers")]
mod start_launcher_response;
#[cfg(feature = "launchers")]
pub use self::start_launcher_response::StartLauncherResponse;
#[cfg(any(feature = "sources", feature = "transforms"))]
mod static_;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::static_::Static;
#[cfg(feature = "sources")]
mod status_response;
#[cfg(feature = "sources")]
pub use self::status_response::{StatusResponse, StatusResponseStatus};
#[cfg(any(feature = "roles", feature = "search"))]
mod sub_search_aggregation_specification;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::sub_search_aggregation_specification::SubSearchAggregationSpecification;
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
#[cfg(any(feature = "sources", feature = "transforms"))]
mod substring;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::substring::Substring;
#[cfg(feature = "tags")]
mod tag;
#[cfg(feature = "tags")]
pub use self::tag::{Tag, TagTagCategoryRefsItem, TagTagCategoryRefsItemType};
#[cfg(feature = "tagged_objects")]
mod tagged_object;
#[cfg(feature = "tagged_objects")]
pub use self::tagged_object::TaggedObject;
#[cfg(any(feature = "identities", feature = "tagged_objects"))]
mod tagged_object_dto;
#[cfg(any(feature = "identities", feature = "tagged_objects"))]
pub use self::tagged_object_dto::{TaggedObjectDto, TaggedObjectDtoType};
#[cfg(any(feature = "identities", feature = "task_management"))]
mod target;
#[cfg(any(feature = "identities", feature = "task_management"))]
pub use self::target::{Target, TargetType};
#[cfg(any(feature = "identities", feature = "task_management"))]
mod task_definition_summary;
#[cfg(any(feature = "identities", feature = "task_management"))]
pub use self::task_definition_summary::TaskDefinitionSummary;
#[cfg(feature = "reports_data_extraction")]
mod task_result_details;
#[cfg(feature = "reports_data_extraction")]
pub use self::task_result_details::{
    TaskResultDetails, TaskResultDetailsCompletionStatus, TaskResultDetailsMessagesItem,
    TaskResultDetailsMessagesItemType, TaskResultDetailsReportType,
    TaskResultDetailsReturnsItem, TaskResultDetailsType,
};
#[cfg(
    any(
        feature = "accounts",
        feature = "dimensions",
        feature = "roles",
        feature = "sources"
    )
)]
mod task_result_dto;
#[cfg(
    any(
        feature = "accounts",
        feature = "dimensions",
        feature = "roles",
        feature = "sources"
    )
)]
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
#[cfg(any(feature = "roles", feature = "search"))]
mod text_query;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::text_query::TextQuery;
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
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "data_segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_classify",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "machine_classification_config",
        feature = "machine_identities",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "mfa_configuration",
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
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
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
        feature = "task_management",
        feature = "tenant",
        feature = "tenant_context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "launchers",
        feature = "tags"
    )
)]
mod too_many_requests;
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
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "data_segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_classify",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "machine_classification_config",
        feature = "machine_identities",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "mfa_configuration",
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
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
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
        feature = "task_management",
        feature = "tenant",
        feature = "tenant_context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "launchers",
        feature = "tags"
    )
)]
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
#[cfg(any(feature = "sources", feature = "transforms"))]
mod trim;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::trim::Trim;
#[cfg(any(feature = "roles", feature = "search"))]
mod type_ahead_query;
#[cfg(any(feature = "roles", feature = "search"))]
pub use self::type_ahead_query::TypeAheadQuery;
#[cfg(any(feature = "saved_search", feature = "scheduled_search"))]
mod typed_reference;
#[cfg(any(feature = "saved_search", feature = "scheduled_search"))]
pub use self::typed_reference::TypedReference;
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
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "data_segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_classify",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "machine_classification_config",
        feature = "machine_identities",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "mfa_configuration",
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
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
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
        feature = "task_management",
        feature = "tenant",
        feature = "tenant_context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "launchers",
        feature = "tags"
    )
)]
mod unauthorized;
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
        feature = "approvals",
        feature = "apps",
        feature = "auth_profile",
        feature = "auth_users",
        feature = "branding",
        feature = "certification_campaign_filters",
        feature = "certification_campaigns",
        feature = "certification_summaries",
        feature = "certifications",
        feature = "configuration_hub",
        feature = "connector_customizers",
        feature = "connector_rule_management",
        feature = "connectors",
        feature = "data_segmentation",
        feature = "dimensions",
        feature = "entitlements",
        feature = "global_tenant_security_settings",
        feature = "governance_groups",
        feature = "iai_access_request_recommendations",
        feature = "iai_common_access",
        feature = "iai_outliers",
        feature = "iai_peer_group_strategies",
        feature = "iai_recommendations",
        feature = "iai_role_mining",
        feature = "icons",
        feature = "identities",
        feature = "identity_attributes",
        feature = "identity_history",
        feature = "identity_profiles",
        feature = "lifecycle_states",
        feature = "machine_account_classify",
        feature = "machine_account_mappings",
        feature = "machine_accounts",
        feature = "machine_classification_config",
        feature = "machine_identities",
        feature = "managed_clients",
        feature = "managed_cluster_types",
        feature = "managed_clusters",
        feature = "mfa_configuration",
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
        feature = "public_identities",
        feature = "public_identities_config",
        feature = "reports_data_extraction",
        feature = "requestable_objects",
        feature = "role_insights",
        feature = "roles",
        feature = "saved_search",
        feature = "scheduled_search",
        feature = "search",
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
        feature = "task_management",
        feature = "tenant",
        feature = "tenant_context",
        feature = "transforms",
        feature = "triggers",
        feature = "ui_metadata",
        feature = "work_items",
        feature = "work_reassignment",
        feature = "workflows",
        feature = "launchers",
        feature = "tags"
    )
)]
pub use self::unauthorized::Unauthorized;
#[cfg(feature = "reports_data_extraction")]
mod uncorrelated_accounts;
#[cfg(feature = "reports_data_extraction")]
pub use self::uncorrelated_accounts::{
    UncorrelatedAccounts, UncorrelatedAccountsSelectedFormatsItem,
};
#[cfg(feature = "access_profiles")]
mod update_access_profiles_in_bulk_request_item;
#[cfg(feature = "access_profiles")]
pub use self::update_access_profiles_in_bulk_request_item::UpdateAccessProfilesInBulkRequestItem;
#[cfg(feature = "connectors")]
mod update_detail;
#[cfg(feature = "connectors")]
pub use self::update_detail::{UpdateDetail, UpdateDetailStatus};
#[cfg(feature = "multi_host_integration")]
mod update_multi_host_sources_request_item;
#[cfg(feature = "multi_host_integration")]
pub use self::update_multi_host_sources_request_item::{
    UpdateMultiHostSourcesRequestItem, UpdateMultiHostSourcesRequestItemOp,
    UpdateMultiHostSourcesRequestItemValue,
    UpdateMultiHostSourcesRequestItemValueVariant5Item,
};
#[cfg(feature = "sources")]
mod update_password_policy_holders_request_item;
#[cfg(feature = "sources")]
pub use self::update_password_policy_holders_request_item::UpdatePasswordPolicyHoldersRequestItem;
#[cfg(feature = "sources")]
mod update_source_schedule_schedule_type;
#[cfg(feature = "sources")]
pub use self::update_source_schedule_schedule_type::UpdateSourceScheduleScheduleType;
#[cfg(feature = "governance_groups")]
mod update_workgroup_members_request_item;
#[cfg(feature = "governance_groups")]
pub use self::update_workgroup_members_request_item::{
    UpdateWorkgroupMembersRequestItem, UpdateWorkgroupMembersRequestItemType,
};
#[cfg(any(feature = "sources", feature = "transforms"))]
mod upper;
#[cfg(any(feature = "sources", feature = "transforms"))]
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
#[cfg(any(feature = "sources", feature = "transforms"))]
mod uuid;
#[cfg(any(feature = "sources", feature = "transforms"))]
pub use self::uuid::Uuid;
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
#[cfg(any(feature = "data_segmentation", feature = "segments"))]
mod value_model;
#[cfg(any(feature = "data_segmentation", feature = "segments"))]
pub use self::value_model::ValueModel;
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
#[cfg(any(feature = "data_segmentation", feature = "segments"))]
mod visibility_criteria;
#[cfg(any(feature = "data_segmentation", feature = "segments"))]
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
mod workflow_trigger_v2024;
#[cfg(feature = "workflows")]
pub use self::workflow_trigger_v2024::{
    WorkflowTriggerV2024, WorkflowTriggerV2024Attributes, WorkflowTriggerV2024Type,
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
