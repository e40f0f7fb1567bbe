//! Operations tagged `Non-Employee Lifecycle Management`.
//!
//! Use this API to implement non-employee lifecycle management functionality.
//! With this functionality in place, administrators can create non-employee records and configure them for use in their organizations.
//! This allows organizations to provide secure access to non-employees and control that access.
//!
//! The 'non-employee' term refers to any consultant, contractor, intern, or other user in an organization who is not a full-time permanent employee.
//! Organizations can track non-employees' access and activity in Identity Security Cloud by creating and maintaining non-employee sources.
//! Organizations can have a maximum of 50 non-employee sources.
//!
//! By using SailPoint's Non-Employee Lifecycle Management functionality, you agree to the following:
//!
//! - SailPoint is not responsible for storing sensitive data.
//! You may only add account attributes to non-employee identities that are necessary for business operations and are consistent with your contractual limitations on data that may be sent or stored in Identity Security Cloud.
//!
//! - You are responsible for regularly downloading your list of non-employee accounts for all the sources you create and storing this list of accounts in a managed location to maintain an authoritative system of record and backup data for these accounts.
//!
//! To manage non-employees in Identity Security Cloud, administrators must create a non-employee source and add accounts to the source.
//!
//! To create a non-employee source in Identity Security Cloud, administrators must use the Admin panel to go to Connections &gt; Sources.
//! They must then specify 'Non-Employee' in the 'Source Type' field.
//! Refer to [Creating a Non-Employee Source](https://documentation.sailpoint.com/saas/help/common/non-employee-mgmt.html#creating-a-non-employee-source) for more details about how to create non-employee sources.
//!
//! To add accounts to a non-employee source in Identity Security Cloud, administrators can select the non-employee source and add the accounts.
//! They can also use the 'Manage Non-Employees' widget on their user dashboards to reach the list of sources and then select the non-employee source they want to add the accounts to.
//!
//! Administrators can either add accounts individually or in bulk. Each non-employee source can have a maximum of 20,000 accounts.
//! To add accounts in bulk, they must select the 'Bulk Upload' option and upload a CSV file.
//! Refer to [Adding Accounts](https://documentation.sailpoint.com/saas/help/common/non-employee-mgmt.html#adding-accounts) for more details about how to add accounts to non-employee sources.
//!
//! Once administrators have created the non-employee source and added accounts to it, they can create identity profiles to generate identities for the non-employee accounts and manage the non-employee identities the same way they would any other identities.
//!
//! Refer to [Managing Non-Employee Sources and Accounts](https://documentation.sailpoint.com/saas/help/common/non-employee-mgmt.html) for more information about non-employee lifecycle management.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Non-Employee Lifecycle Management`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct NonEmployeeLifecycleManagementApi {
    client: crate::Client,
}
impl NonEmployeeLifecycleManagementApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        NonEmployeeLifecycleManagementApi {
            client,
        }
    }
    /// Approve a non-employee request
    ///
    /// Approves a non-employee approval request and notifies the next approver.
    ///
    /// `POST /non-employee-approvals/{id}/approve` (operation `approveNonEmployeeRequest`).
    ///
    /// Arguments:
    ///
    /// - `id`: Non-Employee approval item id (UUID) Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    /// - `body`: The request body (`application/json`).
    #[deprecated]
    pub fn approve_non_employee_request(
        &self,
        id: impl Into<String>,
        body: models::NonEmployeeApprovalDecision,
    ) -> ApproveNonEmployeeRequest {
        ApproveNonEmployeeRequest {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Create non-employee record
    ///
    /// This request will create a non-employee record.
    /// Request will require the following security scope:
    /// 'idn:nesr:create'
    ///
    /// `POST /non-employee-records` (operation `createNonEmployeeRecord`).
    ///
    /// Arguments:
    ///
    /// - `body`: Non-Employee record creation request body.
    #[deprecated]
    pub fn create_non_employee_record(
        &self,
        body: models::NonEmployeeRequestBody,
    ) -> CreateNonEmployeeRecord {
        CreateNonEmployeeRecord {
            client: self.client.clone(),
            body,
        }
    }
    /// Create non-employee request
    ///
    /// This request will create a non-employee request and notify the approver
    ///
    /// `POST /non-employee-requests` (operation `createNonEmployeeRequest`).
    ///
    /// Arguments:
    ///
    /// - `body`: Non-Employee creation request body
    #[deprecated]
    pub fn create_non_employee_request(
        &self,
        body: models::NonEmployeeRequestBody,
    ) -> CreateNonEmployeeRequest {
        CreateNonEmployeeRequest {
            client: self.client.clone(),
            body,
        }
    }
    /// Create non-employee source
    ///
    /// Create a non-employee source.
    ///
    /// `POST /non-employee-sources` (operation `createNonEmployeeSource`).
    ///
    /// Arguments:
    ///
    /// - `body`: Non-Employee source creation request body.
    #[deprecated]
    pub fn create_non_employee_source(
        &self,
        body: models::NonEmployeeSourceRequestBody,
    ) -> CreateNonEmployeeSource {
        CreateNonEmployeeSource {
            client: self.client.clone(),
            body,
        }
    }
    /// Create non-employee source schema attribute
    ///
    /// This API creates a new schema attribute for Non-Employee Source. The schema technical name must be unique in the source. Attempts to create a schema attribute with an existing name will result in a "400.1.409 Reference conflict" response. At most, 10 custom attributes can be created per schema. Attempts to create more than 10 will result in a "400.1.4 Limit violation" response.
    ///
    /// `POST /non-employee-sources/{sourceId}/schema-attributes` (operation `createNonEmployeeSourceSchemaAttributes`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    /// - `body`: The request body (`application/json`).
    #[deprecated]
    pub fn create_non_employee_source_schema_attributes(
        &self,
        source_id: impl Into<String>,
        body: models::NonEmployeeSchemaAttributeBody,
    ) -> CreateNonEmployeeSourceSchemaAttributes {
        CreateNonEmployeeSourceSchemaAttributes {
            client: self.client.clone(),
            source_id: source_id.into(),
            body,
        }
    }
    /// Delete non-employee record
    ///
    /// This request will delete a non-employee record.
    ///
    /// `DELETE /non-employee-records/{id}` (operation `deleteNonEmployeeRecord`).
    ///
    /// Arguments:
    ///
    /// - `id`: Non-Employee record id (UUID) Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    #[deprecated]
    pub fn delete_non_employee_record(
        &self,
        id: impl Into<String>,
    ) -> DeleteNonEmployeeRecord {
        DeleteNonEmployeeRecord {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Delete multiple non-employee records
    ///
    /// This request will delete multiple non-employee records based on the non-employee ids provided.
    /// Request will require the following scope:
    /// 'idn:nesr:delete'
    ///
    /// `POST /non-employee-records/bulk-delete` (operation `deleteNonEmployeeRecordInBulk`).
    ///
    /// Arguments:
    ///
    /// - `body`: Non-Employee bulk delete request body.
    #[deprecated]
    pub fn delete_non_employee_record_in_bulk(
        &self,
        body: models::DeleteNonEmployeeRecordInBulkRequest,
    ) -> DeleteNonEmployeeRecordInBulk {
        DeleteNonEmployeeRecordInBulk {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete non-employee request
    ///
    /// This request will delete a non-employee request.
    ///
    /// `DELETE /non-employee-requests/{id}` (operation `deleteNonEmployeeRequest`).
    ///
    /// Arguments:
    ///
    /// - `id`: Non-Employee request id in the UUID format Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    #[deprecated]
    pub fn delete_non_employee_request(&self, id: String) -> DeleteNonEmployeeRequest {
        DeleteNonEmployeeRequest {
            client: self.client.clone(),
            id,
        }
    }
    /// Delete non-employee source's schema attribute
    ///
    /// This end-point deletes a specific schema attribute for a non-employee source.
    ///
    /// `DELETE /non-employee-sources/{sourceId}/schema-attributes/{attributeId}` (operation `deleteNonEmployeeSchemaAttribute`).
    ///
    /// Arguments:
    ///
    /// - `attribute_id`: The Schema Attribute Id (UUID) Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    /// - `source_id`: The Source id Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    #[deprecated]
    pub fn delete_non_employee_schema_attribute(
        &self,
        attribute_id: impl Into<String>,
        source_id: impl Into<String>,
    ) -> DeleteNonEmployeeSchemaAttribute {
        DeleteNonEmployeeSchemaAttribute {
            client: self.client.clone(),
            attribute_id: attribute_id.into(),
            source_id: source_id.into(),
        }
    }
    /// Delete non-employee source
    ///
    /// This request will delete a non-employee source.
    ///
    /// `DELETE /non-employee-sources/{sourceId}` (operation `deleteNonEmployeeSource`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: Source Id Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    #[deprecated]
    pub fn delete_non_employee_source(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteNonEmployeeSource {
        DeleteNonEmployeeSource {
            client: self.client.clone(),
            source_id: source_id.into(),
        }
    }
    /// Delete all custom schema attributes
    ///
    /// This end-point deletes all custom schema attributes for a non-employee source.
    ///
    /// `DELETE /non-employee-sources/{sourceId}/schema-attributes` (operation `deleteNonEmployeeSourceSchemaAttributes`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    #[deprecated]
    pub fn delete_non_employee_source_schema_attributes(
        &self,
        source_id: impl Into<String>,
    ) -> DeleteNonEmployeeSourceSchemaAttributes {
        DeleteNonEmployeeSourceSchemaAttributes {
            client: self.client.clone(),
            source_id: source_id.into(),
        }
    }
    /// A non-employee approval item detail
    ///
    /// Approves a non-employee approval request and notifies the next approver.
    ///
    /// `GET /non-employee-approvals/{id}` (operation `getNonEmployeeApproval`).
    ///
    /// Arguments:
    ///
    /// - `id`: Non-Employee approval item id (UUID) Example: `"ac10d20a-841e-1e7d-8184-32d2e22c0179"`.
    #[deprecated]
    pub fn get_non_employee_approval(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeApproval {
        GetNonEmployeeApproval {
            client: self.client.clone(),
            id: id.into(),
            include_detail: None,
        }
    }
    /// Summary of non-employee approval requests
    ///
    /// This request will retrieve a summary of non-employee approval requests. There are two contextual uses for the `requested-for` path parameter: 1. The current user is the Org Admin, in which case he or she may request a summary of all non-employee approval requests assigned to a particular approver by passing in that approver's id. 2. The current user is an approver, in which case "me" should be provided as the `requested-for` value. This will provide the approver with a summary of the approval items assigned to him or her.
    ///
    /// `GET /non-employee-approvals/summary/{requested-for}` (operation `getNonEmployeeApprovalSummary`).
    ///
    /// Arguments:
    ///
    /// - `requested_for`: The identity (UUID) of the approver for whom for whom the summary is being retrieved. Use "me" instead to indicate the current user. Example: `"ac10d20a-841e-1e7d-8184-32d2e22c0179"`.
    #[deprecated]
    pub fn get_non_employee_approval_summary(
        &self,
        requested_for: impl Into<String>,
    ) -> GetNonEmployeeApprovalSummary {
        GetNonEmployeeApprovalSummary {
            client: self.client.clone(),
            requested_for: requested_for.into(),
        }
    }
    /// Bulk upload status on source
    ///
    /// The nonEmployeeBulkUploadStatus API returns the status of the newest bulk upload job for the specified source.
    ///
    /// `GET /non-employee-sources/{id}/non-employee-bulk-upload/status` (operation `getNonEmployeeBulkUploadStatus`).
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID (UUID) Example: `"2c918085842e69ae018432d22ccb212f"`.
    #[deprecated]
    pub fn get_non_employee_bulk_upload_status(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeBulkUploadStatus {
        GetNonEmployeeBulkUploadStatus {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Exports non-employee records to csv
    ///
    /// This requests a CSV download for all non-employees from a provided source.
    ///
    /// `GET /non-employee-sources/{id}/non-employees/download` (operation `getNonEmployeeExportRecords`).
    ///
    /// Arguments:
    ///
    /// - `id`: Source Id (UUID) Example: `"2c918085842e69ae018432d22ccb212f"`.
    #[deprecated]
    pub fn get_non_employee_export_records(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeExportRecords {
        GetNonEmployeeExportRecords {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Exports source schema template
    ///
    /// This requests a download for the Source Schema Template for a provided source.
    /// Request will require the following security scope:
    /// idn:nesr:read'
    ///
    /// `GET /non-employee-sources/{id}/schema-attributes-template/download` (operation `getNonEmployeeExportSourceSchemaTemplate`).
    ///
    /// Arguments:
    ///
    /// - `id`: Source Id (UUID) Example: `"2c918085842e69ae018432d22ccb212f"`.
    #[deprecated]
    pub fn get_non_employee_export_source_schema_template(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeExportSourceSchemaTemplate {
        GetNonEmployeeExportSourceSchemaTemplate {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get a non-employee record
    ///
    /// This gets a non-employee record.
    ///
    /// `GET /non-employee-records/{id}` (operation `getNonEmployeeRecord`).
    ///
    /// Arguments:
    ///
    /// - `id`: Non-Employee record id (UUID) Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    #[deprecated]
    pub fn get_non_employee_record(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeRecord {
        GetNonEmployeeRecord {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get a non-employee request
    ///
    /// This gets a non-employee request.
    ///
    /// `GET /non-employee-requests/{id}` (operation `getNonEmployeeRequest`).
    ///
    /// Arguments:
    ///
    /// - `id`: Non-Employee request id (UUID) Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    #[deprecated]
    pub fn get_non_employee_request(
        &self,
        id: impl Into<String>,
    ) -> GetNonEmployeeRequest {
        GetNonEmployeeRequest {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get summary of non-employee requests
    ///
    /// This request will retrieve a summary of non-employee requests. There are two contextual uses for the `requested-for` path parameter: 1. The current user is the Org Admin, in which case he or she may request a summary of all non-employee approval requests assigned to a particular account manager by passing in that manager's id. 2. The current user is an account manager, in which case "me" should be provided as the `requested-for` value. This will provide the user with a summary of the non-employee requests in the source(s) he or she manages.
    ///
    /// `GET /non-employee-requests/summary/{requested-for}` (operation `getNonEmployeeRequestSummary`).
    ///
    /// Arguments:
    ///
    /// - `requested_for`: The identity (UUID) of the non-employee account manager for whom the summary is being retrieved. Use "me" instead to indicate the current user. Example: `"ac10d20a-841e-1e7d-8184-32d2e22c0179"`.
    #[deprecated]
    pub fn get_non_employee_request_summary(
        &self,
        requested_for: impl Into<String>,
    ) -> GetNonEmployeeRequestSummary {
        GetNonEmployeeRequestSummary {
            client: self.client.clone(),
            requested_for: requested_for.into(),
        }
    }
    /// Get schema attribute non-employee source
    ///
    /// This API gets a schema attribute by Id for the specified Non-Employee SourceId.
    ///
    /// `GET /non-employee-sources/{sourceId}/schema-attributes/{attributeId}` (operation `getNonEmployeeSchemaAttribute`).
    ///
    /// Arguments:
    ///
    /// - `attribute_id`: The Schema Attribute Id (UUID) Example: `"2c918085842e69ae018432d22ccb212f"`.
    /// - `source_id`: The Source id Example: `"2c918085842e69ae018432d22ccb212f"`.
    #[deprecated]
    pub fn get_non_employee_schema_attribute(
        &self,
        attribute_id: impl Into<String>,
        source_id: impl Into<String>,
    ) -> GetNonEmployeeSchemaAttribute {
        GetNonEmployeeSchemaAttribute {
            client: self.client.clone(),
            attribute_id: attribute_id.into(),
            source_id: source_id.into(),
        }
    }
    /// Get a non-employee source
    ///
    /// This gets a non-employee source.
    ///
    /// `GET /non-employee-sources/{sourceId}` (operation `getNonEmployeeSource`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: Source Id Example: `"2c91808b7c28b350017c2a2ec5790aa1"`.
    #[deprecated]
    pub fn get_non_employee_source(
        &self,
        source_id: impl Into<String>,
    ) -> GetNonEmployeeSource {
        GetNonEmployeeSource {
            client: self.client.clone(),
            source_id: source_id.into(),
        }
    }
    /// List schema attributes non-employee source
    ///
    /// This API gets the list of schema attributes for the specified Non-Employee SourceId. There are 8
    /// mandatory attributes added to each new Non-Employee Source automatically. Additionaly, user can
    /// add up to 10 custom attributes. This interface returns all the mandatory attributes followed by
    /// any custom attributes. At most, a total of 18 attributes will be returned.
    ///
    /// `GET /non-employee-sources/{sourceId}/schema-attributes` (operation `getNonEmployeeSourceSchemaAttributes`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: The Source id Example: `"2c918085842e69ae018432d22ccb212f"`.
    #[deprecated]
    pub fn get_non_employee_source_schema_attributes(
        &self,
        source_id: impl Into<String>,
    ) -> GetNonEmployeeSourceSchemaAttributes {
        GetNonEmployeeSourceSchemaAttributes {
            client: self.client.clone(),
            limit: None,
            offset: None,
            source_id: source_id.into(),
        }
    }
    /// Imports, or updates, non-employee records
    ///
    /// This post will import, or update, Non-Employee records found in the CSV.
    /// Request will need the following security scope:
    /// 'idn:nesr:create'
    ///
    /// `POST /non-employee-sources/{id}/non-employee-bulk-upload` (operation `importNonEmployeeRecordsInBulk`).
    ///
    /// Arguments:
    ///
    /// - `id`: Source Id (UUID) Example: `"e136567de87e4d029e60b3c3c55db56d"`.
    #[deprecated]
    pub fn import_non_employee_records_in_bulk(
        &self,
        id: impl Into<String>,
    ) -> ImportNonEmployeeRecordsInBulk {
        ImportNonEmployeeRecordsInBulk {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// List of non-employee approval requests
    ///
    /// This gets a list of non-employee approval requests.
    ///
    /// `GET /non-employee-approvals` (operation `listNonEmployeeApproval`).
    #[deprecated]
    pub fn list_non_employee_approval(&self) -> ListNonEmployeeApproval {
        ListNonEmployeeApproval {
            client: self.client.clone(),
            requested_for: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// List non-employee records
    ///
    /// This gets a list of non-employee records.
    ///
    /// `GET /non-employee-records` (operation `listNonEmployeeRecords`).
    #[deprecated]
    pub fn list_non_employee_records(&self) -> ListNonEmployeeRecords {
        ListNonEmployeeRecords {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            filters: None,
        }
    }
    /// List non-employee requests
    ///
    /// This gets a list of non-employee requests.
    ///
    /// `GET /non-employee-requests` (operation `listNonEmployeeRequests`).
    ///
    /// Arguments:
    ///
    /// - `requested_for`: The identity for whom the request was made. *me* indicates the current user. Example: `"me"`.
    #[deprecated]
    pub fn list_non_employee_requests(
        &self,
        requested_for: impl Into<String>,
    ) -> ListNonEmployeeRequests {
        ListNonEmployeeRequests {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            requested_for: requested_for.into(),
            sorters: None,
            filters: None,
        }
    }
    /// List non-employee sources
    ///
    /// Get a list of non-employee sources. There are two contextual uses for the `requested-for` path parameter:
    ///   1. If the user has the role context of `idn:nesr:read`, he or she may request a list sources assigned to a particular account manager by passing in that manager's `id`.
    ///   2. If the current user is an account manager, the user should provide 'me' as the `requested-for` value. Doing so provide the user with a list of the sources he or she owns.
    ///
    /// `GET /non-employee-sources` (operation `listNonEmployeeSources`).
    #[deprecated]
    pub fn list_non_employee_sources(&self) -> ListNonEmployeeSources {
        ListNonEmployeeSources {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            requested_for: None,
            non_employee_count: None,
            sorters: None,
        }
    }
    /// Patch non-employee record
    ///
    /// This request will patch a non-employee record.
    ///
    /// `PATCH /non-employee-records/{id}` (operation `patchNonEmployeeRecord`).
    ///
    /// Arguments:
    ///
    /// - `id`: Non-employee record id (UUID) Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    /// - `body`: A list of non-employee update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. Attributes are restricted by user type. Owner of source can update end date. Organization admins can update all available fields.
    #[deprecated]
    pub fn patch_non_employee_record(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchNonEmployeeRecord {
        PatchNonEmployeeRecord {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Patch non-employee source's schema attribute
    ///
    /// This end-point patches a specific schema attribute for a non-employee SourceId.
    ///
    /// `PATCH /non-employee-sources/{sourceId}/schema-attributes/{attributeId}` (operation `patchNonEmployeeSchemaAttribute`).
    ///
    /// Arguments:
    ///
    /// - `attribute_id`: The Schema Attribute Id (UUID) Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    /// - `source_id`: The Source id Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    /// - `body`: A list of schema attribute update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. The following properties are allowed for update ':' 'label', 'helpText', 'placeholder', 'required'.
    #[deprecated]
    pub fn patch_non_employee_schema_attribute(
        &self,
        attribute_id: impl Into<String>,
        source_id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchNonEmployeeSchemaAttribute {
        PatchNonEmployeeSchemaAttribute {
            client: self.client.clone(),
            attribute_id: attribute_id.into(),
            source_id: source_id.into(),
            body,
        }
    }
    /// Patch a non-employee source
    ///
    /// patch a non-employee source. (Partial Update)  Patchable field: **name, description, approvers, accountManagers**
    ///
    /// `PATCH /non-employee-sources/{sourceId}` (operation `patchNonEmployeeSource`).
    ///
    /// Arguments:
    ///
    /// - `source_id`: Source Id Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    /// - `body`: A list of non-employee source update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    #[deprecated]
    pub fn patch_non_employee_source(
        &self,
        source_id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchNonEmployeeSource {
        PatchNonEmployeeSource {
            client: self.client.clone(),
            source_id: source_id.into(),
            body,
        }
    }
    /// Update non-employee record
    ///
    /// This request will update a non-employee record.
    ///
    /// `PUT /non-employee-records/{id}` (operation `putNonEmployeeRecord`).
    ///
    /// Arguments:
    ///
    /// - `id`: Non-employee record id (UUID) Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    /// - `body`: Non-employee record creation request body. Attributes are restricted by user type. Owner of source can update end date. Organization admins can update all available fields.
    #[deprecated]
    pub fn put_non_employee_record(
        &self,
        id: impl Into<String>,
        body: models::NonEmployeeRequestBody,
    ) -> PutNonEmployeeRecord {
        PutNonEmployeeRecord {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Reject a non-employee request
    ///
    /// This endpoint will reject an approval item request and notify user.
    ///
    /// `POST /non-employee-approvals/{id}/reject` (operation `rejectNonEmployeeRequest`).
    ///
    /// Arguments:
    ///
    /// - `id`: Non-Employee approval item id (UUID) Example: `"2c91808b6ef1d43e016efba0ce470904"`.
    /// - `body`: The request body (`application/json`).
    #[deprecated]
    pub fn reject_non_employee_request(
        &self,
        id: impl Into<String>,
        body: models::NonEmployeeRejectApprovalDecision,
    ) -> RejectNonEmployeeRequest {
        RejectNonEmployeeRequest {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`NonEmployeeLifecycleManagementApi::approve_non_employee_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ApproveNonEmployeeRequest {
    client: crate::Client,
    id: String,
    body: models::NonEmployeeApprovalDecision,
}
impl ApproveNonEmployeeRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-approvals/",
            &runtime::encode::path_param(&self.id, false)?,
            "/approve",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeApprovalItem>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ApproveNonEmployeeRequest, models::NonEmployeeApprovalItem,
    ApproveNonEmployeeRequestError
);
/// The errors of [`ApproveNonEmployeeRequest`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ApproveNonEmployeeRequestError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::create_non_employee_record`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateNonEmployeeRecord {
    client: crate::Client,
    body: models::NonEmployeeRequestBody,
}
impl CreateNonEmployeeRecord {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/non-employee-records".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeRecord>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateNonEmployeeRecord, models::NonEmployeeRecord, CreateNonEmployeeRecordError
);
/// The errors of [`CreateNonEmployeeRecord`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateNonEmployeeRecordError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::create_non_employee_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateNonEmployeeRequest {
    client: crate::Client,
    body: models::NonEmployeeRequestBody,
}
impl CreateNonEmployeeRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/non-employee-requests".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeRequest>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateNonEmployeeRequest, models::NonEmployeeRequest, CreateNonEmployeeRequestError
);
/// The errors of [`CreateNonEmployeeRequest`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateNonEmployeeRequestError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::create_non_employee_source`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateNonEmployeeSource {
    client: crate::Client,
    body: models::NonEmployeeSourceRequestBody,
}
impl CreateNonEmployeeSource {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/non-employee-sources".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeSourceWithCloudExternalId>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateNonEmployeeSource, models::NonEmployeeSourceWithCloudExternalId,
    CreateNonEmployeeSourceError
);
/// The errors of [`CreateNonEmployeeSource`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateNonEmployeeSourceError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateNonEmployeeSourceSchemaAttributes {
    client: crate::Client,
    source_id: String,
    body: models::NonEmployeeSchemaAttributeBody,
}
impl CreateNonEmployeeSourceSchemaAttributes {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schema-attributes",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeSchemaAttribute>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateNonEmployeeSourceSchemaAttributes, models::NonEmployeeSchemaAttribute,
    CreateNonEmployeeSourceSchemaAttributesError
);
/// The errors of [`CreateNonEmployeeSourceSchemaAttributes`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateNonEmployeeSourceSchemaAttributesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::delete_non_employee_record`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteNonEmployeeRecord {
    client: crate::Client,
    id: String,
}
impl DeleteNonEmployeeRecord {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-records/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteNonEmployeeRecord, (), DeleteNonEmployeeRecordError);
/// The errors of [`DeleteNonEmployeeRecord`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteNonEmployeeRecordError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::delete_non_employee_record_in_bulk`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteNonEmployeeRecordInBulk {
    client: crate::Client,
    body: models::DeleteNonEmployeeRecordInBulkRequest,
}
impl DeleteNonEmployeeRecordInBulk {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/non-employee-records/bulk-delete".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    DeleteNonEmployeeRecordInBulk, (), DeleteNonEmployeeRecordInBulkError
);
/// The errors of [`DeleteNonEmployeeRecordInBulk`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteNonEmployeeRecordInBulkError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::delete_non_employee_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteNonEmployeeRequest {
    client: crate::Client,
    id: String,
}
impl DeleteNonEmployeeRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-requests/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteNonEmployeeRequest, (), DeleteNonEmployeeRequestError);
/// The errors of [`DeleteNonEmployeeRequest`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteNonEmployeeRequestError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteNonEmployeeSchemaAttribute {
    client: crate::Client,
    attribute_id: String,
    source_id: String,
}
impl DeleteNonEmployeeSchemaAttribute {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schema-attributes/",
            &runtime::encode::path_param(&self.attribute_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    DeleteNonEmployeeSchemaAttribute, (), DeleteNonEmployeeSchemaAttributeError
);
/// The errors of [`DeleteNonEmployeeSchemaAttribute`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteNonEmployeeSchemaAttributeError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::delete_non_employee_source`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteNonEmployeeSource {
    client: crate::Client,
    source_id: String,
}
impl DeleteNonEmployeeSource {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteNonEmployeeSource, (), DeleteNonEmployeeSourceError);
/// The errors of [`DeleteNonEmployeeSource`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteNonEmployeeSourceError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteNonEmployeeSourceSchemaAttributes {
    client: crate::Client,
    source_id: String,
}
impl DeleteNonEmployeeSourceSchemaAttributes {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schema-attributes",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    DeleteNonEmployeeSourceSchemaAttributes, (),
    DeleteNonEmployeeSourceSchemaAttributesError
);
/// The errors of [`DeleteNonEmployeeSourceSchemaAttributes`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteNonEmployeeSourceSchemaAttributesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::get_non_employee_approval`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNonEmployeeApproval {
    client: crate::Client,
    id: String,
    include_detail: Option<String>,
}
impl GetNonEmployeeApproval {
    /// The object nonEmployeeRequest will not be included detail when set to false. *Default value is true*
    ///
    /// Example: `"include-detail=false"`.
    pub fn include_detail(mut self, value: impl Into<String>) -> Self {
        self.include_detail = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-approvals/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.include_detail {
            req = req.query("include-detail", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeApprovalItemDetail>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetNonEmployeeApproval, models::NonEmployeeApprovalItemDetail,
    GetNonEmployeeApprovalError
);
/// The errors of [`GetNonEmployeeApproval`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNonEmployeeApprovalError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNonEmployeeApprovalSummary {
    client: crate::Client,
    requested_for: String,
}
impl GetNonEmployeeApprovalSummary {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-approvals/summary/",
            &runtime::encode::path_param(&self.requested_for, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeApprovalSummary>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetNonEmployeeApprovalSummary, models::NonEmployeeApprovalSummary,
    GetNonEmployeeApprovalSummaryError
);
/// The errors of [`GetNonEmployeeApprovalSummary`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNonEmployeeApprovalSummaryError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNonEmployeeBulkUploadStatus {
    client: crate::Client,
    id: String,
}
impl GetNonEmployeeBulkUploadStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/non-employee-bulk-upload/status",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeBulkUploadStatus>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetNonEmployeeBulkUploadStatus, models::NonEmployeeBulkUploadStatus,
    GetNonEmployeeBulkUploadStatusError
);
/// The errors of [`GetNonEmployeeBulkUploadStatus`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNonEmployeeBulkUploadStatusError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::get_non_employee_export_records`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNonEmployeeExportRecords {
    client: crate::Client,
    id: String,
}
impl GetNonEmployeeExportRecords {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/non-employees/download",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("text/csv, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<String>> + Send + 'static {
        resp.text()
    }
}
runtime::send_methods!(
    GetNonEmployeeExportRecords, String, GetNonEmployeeExportRecordsError
);
/// The errors of [`GetNonEmployeeExportRecords`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNonEmployeeExportRecordsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::get_non_employee_export_source_schema_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNonEmployeeExportSourceSchemaTemplate {
    client: crate::Client,
    id: String,
}
impl GetNonEmployeeExportSourceSchemaTemplate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/schema-attributes-template/download",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("text/csv, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<String>> + Send + 'static {
        resp.text()
    }
}
runtime::send_methods!(
    GetNonEmployeeExportSourceSchemaTemplate, String,
    GetNonEmployeeExportSourceSchemaTemplateError
);
/// The errors of [`GetNonEmployeeExportSourceSchemaTemplate`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNonEmployeeExportSourceSchemaTemplateError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::get_non_employee_record`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNonEmployeeRecord {
    client: crate::Client,
    id: String,
}
impl GetNonEmployeeRecord {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-records/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeRecord>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetNonEmployeeRecord, models::NonEmployeeRecord, GetNonEmployeeRecordError
);
/// The errors of [`GetNonEmployeeRecord`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNonEmployeeRecordError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::get_non_employee_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNonEmployeeRequest {
    client: crate::Client,
    id: String,
}
impl GetNonEmployeeRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-requests/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeRequest>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetNonEmployeeRequest, models::NonEmployeeRequest, GetNonEmployeeRequestError
);
/// The errors of [`GetNonEmployeeRequest`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNonEmployeeRequestError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::get_non_employee_request_summary`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNonEmployeeRequestSummary {
    client: crate::Client,
    requested_for: String,
}
impl GetNonEmployeeRequestSummary {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-requests/summary/",
            &runtime::encode::path_param(&self.requested_for, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeRequestSummary>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetNonEmployeeRequestSummary, models::NonEmployeeRequestSummary,
    GetNonEmployeeRequestSummaryError
);
/// The errors of [`GetNonEmployeeRequestSummary`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNonEmployeeRequestSummaryError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNonEmployeeSchemaAttribute {
    client: crate::Client,
    attribute_id: String,
    source_id: String,
}
impl GetNonEmployeeSchemaAttribute {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schema-attributes/",
            &runtime::encode::path_param(&self.attribute_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeSchemaAttribute>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetNonEmployeeSchemaAttribute, models::NonEmployeeSchemaAttribute,
    GetNonEmployeeSchemaAttributeError
);
/// The errors of [`GetNonEmployeeSchemaAttribute`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNonEmployeeSchemaAttributeError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::get_non_employee_source`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNonEmployeeSource {
    client: crate::Client,
    source_id: String,
}
impl GetNonEmployeeSource {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeSource>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetNonEmployeeSource, models::NonEmployeeSource, GetNonEmployeeSourceError
);
/// The errors of [`GetNonEmployeeSource`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNonEmployeeSourceError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetNonEmployeeSourceSchemaAttributes {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    source_id: String,
}
impl GetNonEmployeeSourceSchemaAttributes {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schema-attributes",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::NonEmployeeSchemaAttribute>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::NonEmployeeSchemaAttribute>,
    > {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::NonEmployeeSchemaAttribute>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::NonEmployeeSchemaAttribute>,
    > {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    GetNonEmployeeSourceSchemaAttributes, Vec < models::NonEmployeeSchemaAttribute >,
    GetNonEmployeeSourceSchemaAttributesError
);
/// The errors of [`GetNonEmployeeSourceSchemaAttributes`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetNonEmployeeSourceSchemaAttributesError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportNonEmployeeRecordsInBulk {
    client: crate::Client,
    id: String,
    body: Option<models::ImportNonEmployeeRecordsInBulkRequest>,
}
impl ImportNonEmployeeRecordsInBulk {
    /// The request body (`multipart/form-data`).
    pub fn body(mut self, value: models::ImportNonEmployeeRecordsInBulkRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/non-employee-bulk-upload",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["data"])?;
            form = form.file("data", body.data.clone(), None, None);
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeBulkUploadJob>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ImportNonEmployeeRecordsInBulk, models::NonEmployeeBulkUploadJob,
    ImportNonEmployeeRecordsInBulkError
);
/// The errors of [`ImportNonEmployeeRecordsInBulk`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ImportNonEmployeeRecordsInBulkError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::list_non_employee_approval`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListNonEmployeeApproval {
    client: crate::Client,
    requested_for: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListNonEmployeeApproval {
    /// The identity for whom the request was made. *me* indicates the current user.
    ///
    /// Example: `"ac10d20a-841e-1e7d-8184-32d2e22c0179"`.
    pub fn requested_for(mut self, value: impl Into<String>) -> Self {
        self.requested_for = Some(value.into());
        self
    }
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **approvalStatus**: *eq*
    ///
    /// Example: `"approvalStatus eq \"PENDING\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, modified**
    ///
    /// Example: `"created"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/non-employee-approvals".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.requested_for {
            req = req.query("requested-for", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::NonEmployeeApprovalItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::NonEmployeeApprovalItem>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::NonEmployeeApprovalItem>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::NonEmployeeApprovalItem>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    ListNonEmployeeApproval, Vec < models::NonEmployeeApprovalItem >,
    ListNonEmployeeApprovalError
);
/// The errors of [`ListNonEmployeeApproval`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListNonEmployeeApprovalError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::list_non_employee_records`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListNonEmployeeRecords {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
}
impl ListNonEmployeeRecords {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, accountName, sourceId, manager, firstName, lastName, email, phone, startDate, endDate, created, modified**
    ///
    /// Example: `"accountName,sourceId"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **sourceId**: *eq*
    ///
    /// Example: `"sourceId eq \"2c91808568c529c60168cca6f90c1313\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/non-employee-records".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::NonEmployeeRecord>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::NonEmployeeRecord>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::NonEmployeeRecord>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::NonEmployeeRecord>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    ListNonEmployeeRecords, Vec < models::NonEmployeeRecord >,
    ListNonEmployeeRecordsError
);
/// The errors of [`ListNonEmployeeRecords`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListNonEmployeeRecordsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::list_non_employee_requests`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListNonEmployeeRequests {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    requested_for: String,
    sorters: Option<String>,
    filters: Option<String>,
}
impl ListNonEmployeeRequests {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, approvalStatus, firstName, lastName, email, phone, accountName, startDate, endDate**
    ///
    /// Example: `"approvalStatus,firstName"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **sourceId**: *eq*
    ///
    /// Example: `"sourceId eq \"2c91808568c529c60168cca6f90c1313\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/non-employee-requests".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        {
            let v = &self.requested_for;
            req = req.query("requested-for", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::NonEmployeeRequest>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::NonEmployeeRequest>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::NonEmployeeRequest>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::NonEmployeeRequest>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    ListNonEmployeeRequests, Vec < models::NonEmployeeRequest >,
    ListNonEmployeeRequestsError
);
/// The errors of [`ListNonEmployeeRequests`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListNonEmployeeRequestsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::list_non_employee_sources`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListNonEmployeeSources {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    requested_for: Option<String>,
    non_employee_count: Option<bool>,
    sorters: Option<String>,
}
impl ListNonEmployeeSources {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// Identity the request was made for. Use 'me' to indicate the current user.
    ///
    /// Example: `"me"`.
    pub fn requested_for(mut self, value: impl Into<String>) -> Self {
        self.requested_for = Some(value.into());
        self
    }
    /// Flag that determines whether the API will return a non-employee count associated with the source.
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    pub fn non_employee_count(mut self, value: bool) -> Self {
        self.non_employee_count = Some(value);
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, created, sourceId**
    ///
    /// Example: `"name,created"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/non-employee-sources".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.requested_for {
            req = req.query("requested-for", v, "form", true)?;
        }
        if let Some(v) = &self.non_employee_count {
            req = req.query("non-employee-count", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::NonEmployeeSourceWithNeCount>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::NonEmployeeSourceWithNeCount>,
    > {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::NonEmployeeSourceWithNeCount>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::NonEmployeeSourceWithNeCount>,
    > {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    ListNonEmployeeSources, Vec < models::NonEmployeeSourceWithNeCount >,
    ListNonEmployeeSourcesError
);
/// The errors of [`ListNonEmployeeSources`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListNonEmployeeSourcesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::patch_non_employee_record`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchNonEmployeeRecord {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchNonEmployeeRecord {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-records/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeRecord>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchNonEmployeeRecord, models::NonEmployeeRecord, PatchNonEmployeeRecordError
);
/// The errors of [`PatchNonEmployeeRecord`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchNonEmployeeRecordError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchNonEmployeeSchemaAttribute {
    client: crate::Client,
    attribute_id: String,
    source_id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchNonEmployeeSchemaAttribute {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/schema-attributes/",
            &runtime::encode::path_param(&self.attribute_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeSchemaAttribute>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchNonEmployeeSchemaAttribute, models::NonEmployeeSchemaAttribute,
    PatchNonEmployeeSchemaAttributeError
);
/// The errors of [`PatchNonEmployeeSchemaAttribute`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchNonEmployeeSchemaAttributeError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::patch_non_employee_source`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchNonEmployeeSource {
    client: crate::Client,
    source_id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchNonEmployeeSource {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeSource>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchNonEmployeeSource, models::NonEmployeeSource, PatchNonEmployeeSourceError
);
/// The errors of [`PatchNonEmployeeSource`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchNonEmployeeSourceError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::put_non_employee_record`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutNonEmployeeRecord {
    client: crate::Client,
    id: String,
    body: models::NonEmployeeRequestBody,
}
impl PutNonEmployeeRecord {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-records/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeRecord>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutNonEmployeeRecord, models::NonEmployeeRecord, PutNonEmployeeRecordError
);
/// The errors of [`PutNonEmployeeRecord`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutNonEmployeeRecordError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`NonEmployeeLifecycleManagementApi::reject_non_employee_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RejectNonEmployeeRequest {
    client: crate::Client,
    id: String,
    body: models::NonEmployeeRejectApprovalDecision,
}
impl RejectNonEmployeeRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/non-employee-approvals/",
            &runtime::encode::path_param(&self.id, false)?,
            "/reject",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::NonEmployeeApprovalItem>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    RejectNonEmployeeRequest, models::NonEmployeeApprovalItem,
    RejectNonEmployeeRequestError
);
/// The errors of [`RejectNonEmployeeRequest`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type RejectNonEmployeeRequestError = crate::errors::Error400_401_403_429_500;
