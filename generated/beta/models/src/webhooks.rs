/// Payload of the `AccessRequestDecision` event trigger: Access request decision.
///
/// This event trigger fires after an access request is approved or denied.
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Access Request Decision](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/access-request-decision).
pub type AccessRequestDecisionInput = crate::AccessRequestPostApproval;
/// Payload of the `AccessRequestDynamicApproval` event trigger: Access request dynamic approval.
///
/// This event trigger fires after an access request is submitted but before the request is approved or denied. You can use this trigger as a way to route the access request to an additional approval step by an identity or governance group.
/// This is a `REQUEST_RESPONSE` event trigger.  This trigger type expects a response from the subscribers with directions about how to proceed with the event. You can only have one subscriber per event. For more information about this event trigger, refer to [Access Request Dynamic Approval](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/access-request-dynamic-approval).
/// >**Note: If there is an active subscription to the [Access Request Submitted trigger](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/access-request-submitted), this trigger is invoked after the Access Request Submitted trigger, only if the response to that trigger was to approve the request.**
pub type AccessRequestDynamicApprovalInput = crate::AccessRequestDynamicApprover;
/// What a subscriber answers to the `AccessRequestDynamicApproval` event trigger (status 200).
pub type AccessRequestDynamicApprovalOutput = crate::AccessRequestDynamicApprovalResponse;
/// Payload of the `AccessRequestSubmitted` event trigger: Access request submitted.
///
/// This event trigger fires after an access request is submitted but before the request is approved or denied.  A service subscribing to the trigger can respond in real-time to approve or deny the request.
/// This is a `REQUEST_RESPONSE` event trigger.  This trigger type expects a response from the subscribers with directions about how to proceed with the event. You can only have one subscriber per event. For more information about this event trigger, refer to [Access Request Submitted](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/access-request-submitted).
pub type AccessRequestSubmittedInput = crate::AccessRequestPreApproval;
/// What a subscriber answers to the `AccessRequestSubmitted` event trigger (status 200).
pub type AccessRequestSubmittedOutput = crate::AccessRequestSubmittedResponse;
/// Payload of the `AccountAggregationCompleted` event trigger: Account aggregation completed.
///
/// This event trigger fires after a source aggregation has either succeeded or failed in collecting source accounts but before Identity Security Cloud (ISC) processes the aggregation.
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Account Aggregation Completed](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/account-aggregation-completed).
pub type AccountAggregationCompletedInput = crate::AccountAggregationCompleted;
/// Payload of the `AccountsCollectedForAggregation` event trigger: Accounts collected for aggregation.
///
/// This event trigger fires when Identity Security Cloud has gathered the accounts on a source and is prepared to aggregate them.
/// This trigger occurs after the accounts have been collected from the source but before the aggregation processing begins.
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger.
pub type AccountsCollectedForAggregationInput = crate::AccountsCollectedForAggregation;
/// Payload of the `CampaignActivated` event trigger: Campaign activated.
///
/// This event trigger fires after a certification campaign is activated.
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Campaign Activated](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/campaign-activated).
pub type CampaignActivatedInput = crate::CampaignActivated;
/// Payload of the `CampaignEnded` event trigger: Campaign ended.
///
/// This event trigger fires after a certification campaign ends.
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Campaign Ended](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/campaign-ended).
pub type CampaignEndedInput = crate::CampaignEnded;
/// Payload of the `CampaignGenerated` event trigger: Campaign generated.
///
/// This event trigger fires after a certification campaign has generated and moved into the 'Preview Ready' state but hasn't been activated yet.  A typical use case for this event trigger is to use it to immediately activate a campaign once it is generated.
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Campaign Generated](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/campaign-generated).
pub type CampaignGeneratedInput = crate::CampaignGenerated;
/// Payload of the `CertificationSignedOff` event trigger: Certification signed off.
///
/// This event trigger fires after a certification is signed off on and moves to the 'End' status. Do not confuse this event trigger with the Campaign End trigger.
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Certification Sign Off](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/certification-signed-off).
pub type CertificationSignedOffInput = crate::CertificationSignedOff;
/// Payload of the `FormSubmitted` event trigger: Form submitted.
///
/// This event trigger fires after a user has submitted a [custom form](https://documentation.sailpoint.com/saas/help/forms/index.html) in Identity Security Cloud (ISC).
/// A typical use case for this trigger is to immediately take actions based on the data in the submitted form.
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Form Submitted](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/form-submitted).
pub type FormSubmittedInput = crate::FormSubmitted;
/// Payload of the `IdentityAttributesChanged` event trigger: Identity attributes changed.
///
/// This event trigger fires when Identity Security Cloud (ISC) detects an identity attribute change.  ISC identity attribute changes occur when account attributes aggregated from an authoritative source differ from an identity's current attributes during an identity refresh.
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Identity Attributes Changed](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/identity-attribute-changed).
pub type IdentityAttributesChangedInput = crate::IdentityAttributesChanged;
/// Payload of the `IdentityCreated` event trigger: Identity created.
///
/// This event trigger fires when Identity Security Cloud (ISC) detects a new identity during an aggregation and refresh from an authoritative source. ISC detects a new identity when it finds an account from an authoritative source that isn't correlated to an existing identity.
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Identity Created](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/identity-created).
pub type IdentityCreatedInput = crate::IdentityCreated;
/// Payload of the `IdentityDeleted` event trigger: Identity deleted.
///
/// This event trigger fires after an identity has been completely deleted from Identity Security Cloud (ISC). ISC only deletes an identity when it meets all these requirements:
///   * It has no correlated accounts.
///   * It's not an owner of a role, access profile, application, source, or task result.
///   * It's not an owner or requester of a work item.
///   * It's not a protected account or manager.
///   * It has no assigned capabilities, such as being an assigned certification reviewer.
///   * It's not involved in any active certification as a target (its access is not being certified).
///
/// These are some typical use cases for the trigger:
///   * Notify an administrator or system to take the appropriate provisioning actions as part of the leaver workflow.
///   * Notify a system to trigger another action, such as deactivating an employee's badge upon termination.
///
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Identity Deleted](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/identity-deleted).
/// >**Note: This is an early access event trigger. Contact support to enable it on your tenant.**
pub type IdentityDeletedInput = crate::IdentityDeleted;
/// Payload of the `NativeChangeAccountCreated` event trigger: Native change account created.
///
/// This event trigger fires when Identity Security Cloud (ISC) aggregates data from an external source and detects that a new account exists on the source. The external source must meet these criteria for you to receive this type of event:
///   * Native Change Detection (NCD) is enabled.
///   * Account Create operations are monitored.
///   * At least one attribute selected for monitoring has changed.
///
/// In addition to having NCD enabled,  There are two ways to configure a source for NCD:
///   * Invoke the 'Update Native Change Detection' configuration for each source you want to receive NCD events from.
///   * Configure the NCD options on the source in the source configuration user interface (UI).
///
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Native Change Account Created](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/native-change-account-created).
pub type NativeChangeAccountCreatedInput = crate::SourceAccountCreated;
/// Payload of the `NativeChangeAccountDeleted` event trigger: Native change account deleted.
///
/// This event trigger fires when Identity Security Cloud (ISC) aggregates data from an external source and detects that an account has been deleted from the source. The external source must meet these criteria for you to receive this type of event:
///   * Native Change Detection (NCD) is enabled.
///   * Account Delete operations are monitored.
///   * At least one attribute selected for monitoring has changed.
///
/// In addition to having NCD enabled,  There are two ways to configure a source for NCD:
///   * Invoke the 'Update Native Change Detection' configuration for each source you want to receive NCD events from.
///   * Configure the NCD options on the source in the source configuration user interface (UI).
///
/// A typical use for this event trigger would be to notify the correlated identity's manager and the source owner when the account is deleted.
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Native Change Account Deleted](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/native-change-account-deleted).
pub type NativeChangeAccountDeletedInput = crate::SourceAccountDeleted;
/// Payload of the `NativeChangeAccountUpdated` event trigger: Native change account updated.
///
/// This event trigger fires when Identity Security Cloud (ISC) aggregates data from an external source and detects that an account has been updated on the source. The external source must meet these criteria for you to receive this type of event:
///   * Native Change Detection (NCD) is enabled.
///   * Account Update operations are monitored.
///   * At least one attribute selected for monitoring has changed.
///
/// In addition to having NCD enabled,  There are two ways to configure a source for NCD:
///   * Invoke the 'Update Native Change Detection' configuration for each source you want to receive NCD events from.
///   * Configure the NCD options on the source in the source configuration user interface (UI).
///
/// A typical use for this event trigger would be to notify the correlated identity's manager and the source owner when the account is deleted.
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Native Change Account Updated](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/native-change-account-updated).
pub type NativeChangeAccountUpdatedInput = crate::SourceAccountUpdated;
/// Payload of the `OutlierDetected` event trigger: Outlier detected.
///
/// This event trigger fires when Identity Security Cloud (ISC) detects that identities have unusual access relative their peers. ISC calculates outliers daily, flags the outliers, and notifies the trigger's subscribers when it detects them.
/// These are the requirements to use the trigger:
///   * Your organization must have Access Insights, which it needs to access Identity Outliers.
///   * Your organization must have at a configured source that it has loaded account data from.
///   * Your organization's accound data must be onboarded into AI-Driven Identity Security.
///
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Outlier Detected](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/outlier-detected).
pub type OutlierDetectedInput = crate::OutlierDetected;
/// Payload of the `ProvisioningCompleted` event trigger: Provisioning completed.
///
/// This event trigger fires after Identity Security Cloud (ISC) provisions access to an account.  This trigger provides organizations with a flexible way to extend the provisioning workflow after an identity's access has changed within ISC.
/// These are the requirements to use the trigger:
///   * An oAuth client must be configured with the `ORG_ADMIN` authority.
///   * The organization has enabled the `ARSENAL_ALLOW_POSTPROVISIONING_TRIGGERS` feature flag.
///   * Connectors are configured for provisioning into the target applications.
///   * The organization is configured for automated provisioning. Different event contexts require different setups. For more information about these setups, refer to [Provisioning Completed](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/provisioning-completed).
///
/// To provision access to a target application, the source's connector must support these features:
///   * `ENABLE`: The ability to enable or disable accounts.
///   * `UNLOCK`: The ability to lock or unlock accounts.
///   * `PROVISIONING`: The ability to write to accounts.
///   * `PASSWORD`: The ability to update account passwords.
///
/// For a list of supported connectors and features, refer to [Identity Security Cloud Connectors](https://documentation.sailpoint.com/connectors/isc/landingpages/help/landingpages/isc_landing.html). For more information about configuring sources for provisioning in ISC, refer to [Configuring Source Account Provisioning](https://documentation.sailpoint.com/saas/help/provisioning/create_profile.html).
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Provisioning Completed](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/provisioning-completed).
pub type ProvisioningCompletedInput = crate::ProvisioningCompleted;
/// Payload of the `ScheduledSearch` event trigger: Scheduled search.
///
/// This event trigger fires after Identity Security Cloud (ISC) generates a report from a saved search.
/// In ISC, users can subscribe to saved searches to receive an email report generated by the saved search. They can then set a schedule for when those saved searches generate reports, such as daily at 6:00 GMT.  The trigger can notify an external HTTP application that ISC has generated a report from a saved search and the report is ready to be processed.
/// These are some typical use cases for the trigger:
///   * Perform continous checks for Separation of Duties (SOD) violations, for quality control.
///   * Respond to upcoming Joiner-Mover-Leaver (JML) scenarios, such as deprovisioning access before an employee's separation date.
///
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Scheduled Search](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/scheduled-search).
pub type ScheduledSearchInput = crate::SavedSearchComplete;
/// Payload of the `SourceCreated` event trigger: Source created.
///
/// This event trigger fires when a new source is created in Identity Security Cloud (ISC), by either the [API](https://developer.sailpoint.com/docs/api/v2024/create-source) or the [Admin UI](https://documentation.sailpoint.com/saas/help/accounts/loading_data.html#configuring-a-source).
/// These are some typical use cases for the trigger:
///   * Provide evidence to auditors to show that connector logic and sources are maintained by proper change control processes and aren't vulnerable to outside manipulation.
///   * Auto-configure new sources with proper owners, using external data sources.
///
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Source Created](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/source-created).
pub type SourceCreatedInput = crate::SourceCreated;
/// Payload of the `SourceDeleted` event trigger: Source deleted.
///
/// This event trigger fires when a new source is deleted from Identity Security Cloud (ISC), by either the [API](https://developer.sailpoint.com/docs/api/v2024/delete-source) or the [Admin UI](https://documentation.sailpoint.com/saas/help/sources/index.html#deleting-a-source).
/// These are some typical use cases for the trigger:
///   * Provide evidence to auditors to show that connector logic and sources are maintained by proper change control processes and aren't vulnerable to outside manipulation.
///   * Alert admins when a source is incorrectly deleted.
///
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Source Created](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/source-deleted).
pub type SourceDeletedInput = crate::SourceDeleted;
/// Payload of the `SourceUpdated` event trigger: Source updated.
///
/// This event trigger fires when a new source's configuration is changed in Identity Security Cloud (ISC).
/// These are some typical use cases for the trigger:
///   * Provide evidence to auditors to show that connector logic and sources are maintained by proper change control processes and aren't vulnerable to outside manipulation.
///   * Trigger review for an updated source.
///
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Source Created](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/source-updated).
pub type SourceUpdatedInput = crate::SourceUpdated;
/// Payload of the `VaClusterStatusChange` event trigger: Va cluster status change.
///
/// This event trigger fires when Identity Security Cloud (ISC) runs a health check on a virtual appliance (VA) cluster, and the cluster's health status is different from the previous health check, such as a change from healthy to unhealthy or the opposite.  VA cluster health checks run every 30 minutes. Users can use this trigger to monitor all their VA clusters' health status changes.
/// These are some typical use cases for the trigger:
///   * Create real-time health dashboards for VA clusters.
///   * Notify an admin or system to take appropriate actions when a VA cluster's health status changes.
///
/// This is a `FIRE_AND_FORGET` event trigger.  You can have a maximum of 50 subscriptions for this trigger. For more information about this event trigger, refer to [Source Created](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/va-cluster-status-change).
pub type VaClusterStatusChangeInput = crate::VaClusterStatusChangeEvent;
