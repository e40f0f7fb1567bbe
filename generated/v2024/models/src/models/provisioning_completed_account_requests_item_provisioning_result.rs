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
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
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
impl From<String> for ProvisioningCompletedAccountRequestsItemProvisioningResult {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ProvisioningCompletedAccountRequestsItemProvisioningResult {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ProvisioningCompletedAccountRequestsItemProvisioningResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ProvisioningCompletedAccountRequestsItemProvisioningResult {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for ProvisioningCompletedAccountRequestsItemProvisioningResult {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit
for ProvisioningCompletedAccountRequestsItemProvisioningResult {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
