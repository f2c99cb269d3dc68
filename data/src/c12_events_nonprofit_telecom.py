# Compliant: events, nonprofits (non-political appeals), telecom, utilities,
# government services (non-electoral).
DATA = r"""
@ vertical=events lang=en
Taste of Riverside Food Festival | 60 local vendors, live music and kids' zone. Free entry, Saturday in Civic Park.
Tech Conference Early Bird | DevSummit 2025, June 10-12 in Austin. Early bird tickets $399 until March 1.
Marathon Registration Open | City Marathon, half marathon and 5K on April 13. Register before prices rise.
Wedding Expo | Meet 150 vendors, taste cakes and win a honeymoon. Sunday at the Expo Center.
Farmers Market Opening Day | 80 vendors, live bluegrass and a pie contest. Saturday 8am-1pm.
Holiday Craft Fair | Handmade gifts from 100 local artisans. Free admission.
Home & Garden Show | Ideas for every room and yard. Tickets $12 online.
Comic Convention | Artists, cosplay contests and panels. Three-day passes available.
Career Fair for Veterans | Meet employers committed to hiring veterans. Free entry.
Fireworks on the Fourth | Family festival from 4pm, fireworks at 9:30 over the lake.
Startup Pitch Night | Ten founders pitch to investors and the crowd. Free tickets, limited seats.
Outdoor Cinema Series | Classic films under the stars every Friday in July.
Dog Show | Agility demos, breed judging and a costume parade. Sunday at the Fairgrounds.
Car Show | 300 classic and custom cars, food trucks and live music.
Wellness Retreat | Weekend of yoga, hiking and healthy meals in the mountains.
Anime Expo Tickets | Badges on sale now. Guests, screenings and artist alley.
Science Fair for Kids | Hands-on experiments and robotics demos. Free for families.
Jazz in the Park | Free concerts every Sunday afternoon in August.
Bridal Show | Dresses, venues and florists under one roof.
Trade Fair for Manufacturing | 500 exhibitors, three halls, free registration for industry professionals.
Charity Fun Run | 5K color run supporting the children's hospital.
Haunted Hayride | Family-friendly daytime rides and spooky night rides for teens and adults.
Christmas Market | Mulled cider, handmade ornaments and carols in the town square.
Gardening Workshop | Learn to grow tomatoes with master gardeners. $10 includes seedlings.
Cosplay Workshop | Learn foam armor basics. Materials included.
@ vertical=nonprofit lang=en
Feed a Family This Winter | $25 provides groceries for a family of four. Donate to Eastside Food Bank.
~$25 Feeds a Family | Your gift stocks pantry shelves for neighbors in need. Give today.
Volunteer at the Animal Shelter | Walk dogs, socialize cats and help at adoption events. Sign up online.
Sponsor a Child's Education | $35 a month provides school supplies, meals and tutoring.
Clean Water Projects | Help build wells in rural communities. 100% of public donations fund water projects.
Become a Mentor | Spend 2 hours a week with a young person who needs a role model.
Donate Your Car | Free towing, tax-deductible, supports local youth programs.
Plant Trees With Us | Join our spring tree planting day in Riverside Park. Gloves provided.
Library Foundation Gala | Support literacy programs. Tickets and tables available.
Habitat Build Day | Help build affordable homes. No experience needed.
Hospice Volunteers Needed | Offer companionship to patients and families. Training provided.
Support Cancer Research | Every donation funds clinical trials at our research center.
Wildlife Rescue | Help rehabilitate injured wildlife. Become a monthly donor.
Coat Drive | Drop off gently used coats at any fire station through December.
Scholarship Fund | Help first-generation students attend college. Give to the Bright Futures Fund.
Museum Membership Drive | Members keep our galleries free for schoolchildren.
Refugee Resettlement Volunteers | Help new families with English practice and rides to appointments.
Meals on Wheels | Deliver meals to seniors once a week. Drivers needed.
Beach Cleanup | Join 500 volunteers cleaning the coastline on Earth Day.
!Give Blood, Save Lives | Appointments available this week at the Red Cross center.
Disaster Relief Fund | Our teams deliver water, shelter and medical supplies after floods. Donate to help families rebuild.
Big Brothers Big Sisters | Start something. Become a Big and change a child's story.
Youth Sports League | Sponsor a team jersey and help kids play for free.
@ vertical=telecom lang=en
Unlimited Plan, $30/Month | Unlimited talk, text and 5G data on America's fastest network. Bring your own phone.
~5G Unlimited for $30 | Keep your number, bring your phone, switch in minutes.
Fiber Internet 1 Gig | Symmetrical gigabit internet for $70/month. No data caps, no contracts.
Family Plan for 4 Lines | Four lines of unlimited for $100/month with autopay.
International Calling | Call 80 countries for one monthly price.
Prepaid SIM for Travelers | Data in 150 countries. Activate before you fly.
Home Internet Without Cables | 5G home internet, set up in 15 minutes. $50/month.
Business Internet | Dedicated fiber with a 99.99% uptime SLA.
Free Phone When You Switch | Get a free phone with a new line on an eligible plan. Terms apply.
Satellite Internet for Rural Homes | High-speed internet anywhere. Professional installation.
eSIM Data Plans | Instant eSIM for your next trip. Plans from $4.50.
Cable TV Bundle | 150 channels plus internet for $89/month for 12 months.
@ vertical=utilities lang=en
Lower Your Energy Bill | Free home energy audit from City Power. Find savings in an hour.
Switch to Renewable Energy | Choose 100% wind-powered electricity for your home at the same rate.
Water Conservation Rebates | Get up to $200 back for water-efficient toilets and irrigation.
Heat Pump Rebates | Replace your furnace with a heat pump and get a rebate up to $3,000.
Paperless Billing | Go paperless and enter our monthly drawing for a smart thermostat.
Budget Billing | Spread your energy costs evenly across 12 months.
@ vertical=government lang=en
Renew Your Driver's License Online | Skip the line. Most renewals take 10 minutes at the DMV website.
Census Jobs | Help count your community. Flexible hours, paid training.
Apply for Summer Youth Employment | City jobs for residents aged 14-24. Applications due April 1.
Recycling Schedule Changes | New pickup days start March 1. Check your street on the city app.
Free Tax Help | IRS-certified volunteers prepare returns for households under $64,000.
Public Library Card | Borrow ebooks, audiobooks and museum passes. Sign up online.
National Park Pass | One pass, 2,000+ federal recreation sites. $80 a year.
Get Your Flu Shot | County health clinics offer free flu shots for uninsured residents.
Join the Navy Reserve | Serve part-time, train in a skilled trade, earn benefits.
Smoke Alarm Installation | The fire department installs free smoke alarms for residents. Call to book.
"""
