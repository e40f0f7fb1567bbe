#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningCompleted {
    /// The reference number of the provisioning request. Useful for tracking status in the Account Activity search interface.
    pub tracking_number: String,
    /// One or more sources that the provisioning transaction(s) were done against.  Sources are comma separated.
    pub sources: String,
    /// Origin of where the provisioning request came from.
    pub action: Option<Option<String>>,
    /// A list of any accumulated error messages that occurred during provisioning.
    pub errors: Option<Option<Vec<String>>>,
    /// A list of any accumulated warning messages that occurred during provisioning.
    pub warnings: Option<Option<Vec<String>>>,
    /// Provisioning recpient.
    pub recipient: crate::ProvisioningCompletedRecipient,
    /// Provisioning requester's identity.
    pub requester: Option<Option<crate::ProvisioningCompletedRequester>>,
    /// A list of provisioning instructions to be executed on a per-account basis. The order in which operations are executed may not always be predictable.
    pub account_requests: Vec<crate::ProvisioningCompletedAccountRequestsItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ProvisioningCompleted {
    /// Builds a `ProvisioningCompleted` from its required fields; the others are unset.
    pub fn new(
        tracking_number: impl Into<String>,
        sources: impl Into<String>,
        recipient: impl Into<crate::ProvisioningCompletedRecipient>,
        account_requests: impl Into<Vec<crate::ProvisioningCompletedAccountRequestsItem>>,
    ) -> Self {
        Self {
            tracking_number: tracking_number.into(),
            sources: sources.into(),
            action: None,
            errors: None,
            warnings: None,
            recipient: recipient.into(),
            requester: None,
            account_requests: account_requests.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ProvisioningCompleted {
    action: nullable::<String>(action, action_null),
    errors: nullable::<Vec<String>>(errors, errors_null),
    warnings: nullable::<Vec<String>>(warnings, warnings_null),
    requester: nullable::<crate::ProvisioningCompletedRequester>(requester, requester_null),
});
crate::serde_helpers::serde_struct!(ProvisioningCompleted {
    tracking_number: required("trackingNumber"),
    sources: required("sources"),
    action: nullable("action"),
    errors: nullable("errors"),
    warnings: nullable("warnings"),
    recipient: required("recipient"),
    requester: nullable("requester"),
    account_requests: required("accountRequests"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ProvisioningCompleted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.recipient, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_requests, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningCompletedAccountRequestsItem {
    /// Reference to the source being provisioned against.
    pub source: crate::ProvisioningCompletedAccountRequestsItemSource,
    /// The unique idenfier of the account being provisioned.
    pub account_id: Option<String>,
    /// The provisioning operation; typically Create, Modify, Enable, Disable, Unlock, or Delete.
    pub account_operation: String,
    /// The overall result of the provisioning transaction; this could be success, pending, failed, etc.
    pub provisioning_result: crate::ProvisioningCompletedAccountRequestsItemProvisioningResult,
    /// The name of the provisioning channel selected; this could be the same as the source, or could be a Service Desk Integration Module (SDIM).
    pub provisioning_target: String,
    /// A reference to a tracking number, if this is sent to a Service Desk Integration Module (SDIM).
    pub ticket_id: Option<Option<String>>,
    /// A list of attributes as part of the provisioning transaction.
    pub attribute_requests: Option<
        Option<Vec<crate::ProvisioningCompletedAccountRequestsItemAttributeRequestsItem>>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ProvisioningCompletedAccountRequestsItem {
    /// Builds a `ProvisioningCompletedAccountRequestsItem` from its required fields; the others are unset.
    pub fn new(
        source: impl Into<crate::ProvisioningCompletedAccountRequestsItemSource>,
        account_operation: impl Into<String>,
        provisioning_result: impl Into<
            crate::ProvisioningCompletedAccountRequestsItemProvisioningResult,
        >,
        provisioning_target: impl Into<String>,
    ) -> Self {
        Self {
            source: source.into(),
            account_id: None,
            account_operation: account_operation.into(),
            provisioning_result: provisioning_result.into(),
            provisioning_target: provisioning_target.into(),
            ticket_id: None,
            attribute_requests: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ProvisioningCompletedAccountRequestsItem {
    account_id: optional::<String>(account_id),
    ticket_id: nullable::<String>(ticket_id, ticket_id_null),
    attribute_requests: nullable::<Vec<crate::ProvisioningCompletedAccountRequestsItemAttributeRequestsItem>>(attribute_requests, attribute_requests_null),
});
crate::serde_helpers::serde_struct!(ProvisioningCompletedAccountRequestsItem {
    source: required("source"),
    account_id: optional("accountId"),
    account_operation: required("accountOperation"),
    provisioning_result: required("provisioningResult"),
    provisioning_target: required("provisioningTarget"),
    ticket_id: nullable("ticketId"),
    attribute_requests: nullable("attributeRequests"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ProvisioningCompletedAccountRequestsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.provisioning_result, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_requests, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningCompletedAccountRequestsItemAttributeRequestsItem {
    /// The name of the attribute being provisioned.
    pub attribute_name: String,
    /// The value of the attribute being provisioned.
    pub attribute_value: Option<Option<String>>,
    /// The operation to handle the attribute.
    pub operation: crate::ProvisioningCompletedAccountRequestsItemAttributeRequestsItemOperation,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ProvisioningCompletedAccountRequestsItemAttributeRequestsItem {
    /// Builds a `ProvisioningCompletedAccountRequestsItemAttributeRequestsItem` from its required fields; the others are unset.
    pub fn new(
        attribute_name: impl Into<String>,
        operation: impl Into<
            crate::ProvisioningCompletedAccountRequestsItemAttributeRequestsItemOperation,
        >,
    ) -> Self {
        Self {
            attribute_name: attribute_name.into(),
            attribute_value: None,
            operation: operation.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ProvisioningCompletedAccountRequestsItemAttributeRequestsItem {
    attribute_value: nullable::<String>(attribute_value, attribute_value_null),
});
crate::serde_helpers::serde_struct!(ProvisioningCompletedAccountRequestsItemAttributeRequestsItem {
    attribute_name: required("attributeName"),
    attribute_value: nullable("attributeValue"),
    operation: required("operation"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ProvisioningCompletedAccountRequestsItemAttributeRequestsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The operation to handle the attribute.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProvisioningCompletedAccountRequestsItemAttributeRequestsItemOperation {
    /// `Add`
    Add,
    /// `Set`
    Set,
    /// `Remove`
    Remove,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ProvisioningCompletedAccountRequestsItemAttributeRequestsItemOperation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "Add",
            Self::Set => "Set",
            Self::Remove => "Remove",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str>
for ProvisioningCompletedAccountRequestsItemAttributeRequestsItemOperation {
    fn from(value: &str) -> Self {
        match value {
            "Add" => Self::Add,
            "Set" => Self::Set,
            "Remove" => Self::Remove,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    ProvisioningCompletedAccountRequestsItemAttributeRequestsItemOperation
);
/// The overall result of the provisioning transaction; this could be success, pending, failed, etc.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProvisioningCompletedAccountRequestsItemProvisioningResult {
    /// `SUCCESS`
    Success,
    /// `PENDING`
    Pending,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ProvisioningCompletedAccountRequestsItemProvisioningResult {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Pending => "PENDING",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ProvisioningCompletedAccountRequestsItemProvisioningResult {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "PENDING" => Self::Pending,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    ProvisioningCompletedAccountRequestsItemProvisioningResult
);
/// Reference to the source being provisioned against.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningCompletedAccountRequestsItemSource {
    /// ID of the object to which this reference applies
    pub id: String,
    /// The type of object that is referenced
    pub r#type: crate::ProvisioningCompletedAccountRequestsItemSourceType,
    /// Human-readable display name of the object to which this reference applies
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ProvisioningCompletedAccountRequestsItemSource {
    /// Builds a `ProvisioningCompletedAccountRequestsItemSource` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        r#type: impl Into<crate::ProvisioningCompletedAccountRequestsItemSourceType>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: r#type.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ProvisioningCompletedAccountRequestsItemSource {
    id: required("id"),
    r#type: required("type"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ProvisioningCompletedAccountRequestsItemSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProvisioningCompletedAccountRequestsItemSourceType {
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ProvisioningCompletedAccountRequestsItemSourceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ProvisioningCompletedAccountRequestsItemSourceType {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ProvisioningCompletedAccountRequestsItemSourceType);
/// Provisioning recpient.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningCompletedRecipient {
    /// Provisioning recipient DTO type.
    pub r#type: crate::ProvisioningCompletedRecipientType,
    /// Provisioning recipient's identity ID.
    pub id: String,
    /// Provisioning recipient's display name.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ProvisioningCompletedRecipient {
    /// Builds a `ProvisioningCompletedRecipient` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ProvisioningCompletedRecipientType>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ProvisioningCompletedRecipient {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ProvisioningCompletedRecipient {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Provisioning recipient DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProvisioningCompletedRecipientType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ProvisioningCompletedRecipientType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ProvisioningCompletedRecipientType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ProvisioningCompletedRecipientType);
/// Provisioning requester's identity.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvisioningCompletedRequester {
    /// Provisioning requester's DTO type.
    pub r#type: crate::ProvisioningCompletedRequesterType,
    /// Provisioning requester's identity ID.
    pub id: String,
    /// Provisioning owner's human-readable display name.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ProvisioningCompletedRequester {
    /// Builds a `ProvisioningCompletedRequester` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ProvisioningCompletedRequesterType>,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ProvisioningCompletedRequester {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ProvisioningCompletedRequester {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Provisioning requester's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProvisioningCompletedRequesterType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ProvisioningCompletedRequesterType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ProvisioningCompletedRequesterType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ProvisioningCompletedRequesterType);
