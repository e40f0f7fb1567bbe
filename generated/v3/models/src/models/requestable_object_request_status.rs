/// Status indicating the ability of an access request for the object to be made by or on behalf of the identity specified by *identity-id*. *AVAILABLE* indicates the object is available to request. *PENDING* indicates the object is unavailable because the identity has a pending request in flight. *ASSIGNED* indicates the object is unavailable because the identity already has the indicated role or access profile. If *identity-id* is not specified (allowed only for admin users), then status will be *AVAILABLE* for all results.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RequestableObjectRequestStatus {
    /// `AVAILABLE`
    Available,
    /// `PENDING`
    Pending,
    /// `ASSIGNED`
    Assigned,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RequestableObjectRequestStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "AVAILABLE",
            Self::Pending => "PENDING",
            Self::Assigned => "ASSIGNED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RequestableObjectRequestStatus {
    fn from(value: &str) -> Self {
        match value {
            "AVAILABLE" => Self::Available,
            "PENDING" => Self::Pending,
            "ASSIGNED" => Self::Assigned,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RequestableObjectRequestStatus);
