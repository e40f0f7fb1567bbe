#[derive(Debug, Clone, PartialEq)]
pub struct VaClusterStatusChangeEvent {
    /// The date and time the status change occurred.
    pub created: crate::primitives::DateTime,
    /// The type of the object that initiated this event.
    pub r#type: crate::VaClusterStatusChangeEventType,
    /// Details about the `CLUSTER` or `SOURCE` that initiated this event.
    pub application: crate::VaClusterStatusChangeEventApplication,
    /// The results of the most recent health check.
    pub health_check_result: crate::VaClusterStatusChangeEventHealthCheckResult,
    /// The results of the last health check.
    pub previous_health_check_result: crate::VaClusterStatusChangeEventPreviousHealthCheckResult,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl VaClusterStatusChangeEvent {
    /// Builds a `VaClusterStatusChangeEvent` from its required fields; the others are unset.
    pub fn new(
        created: impl Into<crate::primitives::DateTime>,
        r#type: impl Into<crate::VaClusterStatusChangeEventType>,
        application: impl Into<crate::VaClusterStatusChangeEventApplication>,
        health_check_result: impl Into<
            crate::VaClusterStatusChangeEventHealthCheckResult,
        >,
        previous_health_check_result: impl Into<
            crate::VaClusterStatusChangeEventPreviousHealthCheckResult,
        >,
    ) -> Self {
        Self {
            created: created.into(),
            r#type: r#type.into(),
            application: application.into(),
            health_check_result: health_check_result.into(),
            previous_health_check_result: previous_health_check_result.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(VaClusterStatusChangeEvent {
    created: required("created"),
    r#type: required("type"),
    application: required("application"),
    health_check_result: required("healthCheckResult"),
    previous_health_check_result: required("previousHealthCheckResult"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for VaClusterStatusChangeEvent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.application, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.health_check_result, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.previous_health_check_result,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
/// Details about the `CLUSTER` or `SOURCE` that initiated this event.
#[derive(Debug, Clone, PartialEq)]
pub struct VaClusterStatusChangeEventApplication {
    /// The GUID of the application
    pub id: String,
    /// The name of the application
    pub name: String,
    /// Custom map of attributes for a source.  This will only be populated if type is `SOURCE` and the source has a proxy.
    pub attributes: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl VaClusterStatusChangeEventApplication {
    /// Builds a `VaClusterStatusChangeEventApplication` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        attributes: impl Into<::serde_json::Value>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            attributes: attributes.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(VaClusterStatusChangeEventApplication {
    id: required("id"),
    name: required("name"),
    attributes: required("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for VaClusterStatusChangeEventApplication {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The results of the most recent health check.
#[derive(Debug, Clone, PartialEq)]
pub struct VaClusterStatusChangeEventHealthCheckResult {
    /// Detailed message of the result of the health check.
    pub message: String,
    /// The type of the health check result.
    pub result_type: String,
    /// The status of the health check.
    pub status: crate::VaClusterStatusChangeEventHealthCheckResultStatus,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl VaClusterStatusChangeEventHealthCheckResult {
    /// Builds a `VaClusterStatusChangeEventHealthCheckResult` from its required fields; the others are unset.
    pub fn new(
        message: impl Into<String>,
        result_type: impl Into<String>,
        status: impl Into<crate::VaClusterStatusChangeEventHealthCheckResultStatus>,
    ) -> Self {
        Self {
            message: message.into(),
            result_type: result_type.into(),
            status: status.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(VaClusterStatusChangeEventHealthCheckResult {
    message: required("message"),
    result_type: required("resultType"),
    status: required("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for VaClusterStatusChangeEventHealthCheckResult {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The status of the health check.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VaClusterStatusChangeEventHealthCheckResultStatus {
    /// `Succeeded`
    Succeeded,
    /// `Failed`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl VaClusterStatusChangeEventHealthCheckResultStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Succeeded => "Succeeded",
            Self::Failed => "Failed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for VaClusterStatusChangeEventHealthCheckResultStatus {
    fn from(value: &str) -> Self {
        match value {
            "Succeeded" => Self::Succeeded,
            "Failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(VaClusterStatusChangeEventHealthCheckResultStatus);
/// The results of the last health check.
#[derive(Debug, Clone, PartialEq)]
pub struct VaClusterStatusChangeEventPreviousHealthCheckResult {
    /// Detailed message of the result of the health check.
    pub message: String,
    /// The type of the health check result.
    pub result_type: String,
    /// The status of the health check.
    pub status: crate::VaClusterStatusChangeEventPreviousHealthCheckResultStatus,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl VaClusterStatusChangeEventPreviousHealthCheckResult {
    /// Builds a `VaClusterStatusChangeEventPreviousHealthCheckResult` from its required fields; the others are unset.
    pub fn new(
        message: impl Into<String>,
        result_type: impl Into<String>,
        status: impl Into<
            crate::VaClusterStatusChangeEventPreviousHealthCheckResultStatus,
        >,
    ) -> Self {
        Self {
            message: message.into(),
            result_type: result_type.into(),
            status: status.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(VaClusterStatusChangeEventPreviousHealthCheckResult {
    message: required("message"),
    result_type: required("resultType"),
    status: required("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for VaClusterStatusChangeEventPreviousHealthCheckResult {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The status of the health check.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VaClusterStatusChangeEventPreviousHealthCheckResultStatus {
    /// `Succeeded`
    Succeeded,
    /// `Failed`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl VaClusterStatusChangeEventPreviousHealthCheckResultStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Succeeded => "Succeeded",
            Self::Failed => "Failed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for VaClusterStatusChangeEventPreviousHealthCheckResultStatus {
    fn from(value: &str) -> Self {
        match value {
            "Succeeded" => Self::Succeeded,
            "Failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    VaClusterStatusChangeEventPreviousHealthCheckResultStatus
);
/// The type of the object that initiated this event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VaClusterStatusChangeEventType {
    /// `SOURCE`
    Source,
    /// `CLUSTER`
    Cluster,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl VaClusterStatusChangeEventType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Cluster => "CLUSTER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for VaClusterStatusChangeEventType {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Self::Source,
            "CLUSTER" => Self::Cluster,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(VaClusterStatusChangeEventType);
