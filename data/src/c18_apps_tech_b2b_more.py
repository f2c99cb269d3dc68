# Compliant: app installs, dev tools, AI products, enterprise, hardware, with
# acronyms (API, SSO, SOC 2, HIPAA, GDPR, CRM, ERP, IoT, GPU).
DATA = r"""
@ vertical=software_saas lang=en
SOC 2 in Weeks, Not Months | Automate evidence collection for SOC 2 and ISO 27001. Book a demo.
GDPR Cookie Consent | Compliant cookie banners in 5 minutes. Free for small sites.
SSO for Every App | Add SAML and OIDC single sign-on to your SaaS in an afternoon.
ERP for Manufacturers | Inventory, MRP and accounting in one cloud ERP.
GPU Cloud for AI Training | H100 and A100 instances by the hour. No long-term contract.
Vector Database | Fast similarity search for AI apps. Free tier with 1M vectors.
AI Meeting Notes | Automatic transcripts, summaries and action items for every call.
Feature Flags | Ship safely with gradual rollouts and instant kill switches.
Headless CMS | Content API for websites and apps. Developer-friendly, marketer-approved.
Load Testing in the Cloud | Simulate 100,000 users with scripts you already write.
Error Tracking | Catch exceptions in production with full stack traces. Free for hobby projects.
Privacy-First Analytics | Website analytics without cookies. GDPR compliant by design.
Status Pages | Keep customers informed during incidents. Custom domain included.
IoT Fleet Management | Update firmware over the air for millions of devices.
Database Backups | Point-in-time recovery for Postgres and MySQL. Set up in minutes.
CI/CD Pipelines | Build, test and deploy on every commit. 2,000 free minutes monthly.
Edge Functions | Run code close to your users in 300 cities.
OCR API | Extract text from invoices and receipts with 99% accuracy.
Chatbot for Support | Answer common questions instantly from your help docs.
Time Tracking for Teams | One-click timers, reports and invoicing.
Digital Asset Management | Store, tag and share brand assets across teams.
Whiteboard for Remote Teams | Infinite canvas for workshops and planning.
Bug Bounty Platform | Connect with vetted security researchers.
Kanban Boards | Visualize work and limit work in progress. Free for 10 users.
Customer Feedback Portal | Collect feature requests and close the loop.
API Gateway | Rate limiting, auth and analytics for your APIs.
Infrastructure as Code | Manage cloud resources with version-controlled config.
Mobile App Analytics | Funnels, retention and crash reports in one SDK.
E-Commerce Platform | Launch your online store with themes and payments built in.
HIPAA-Compliant Video | Telehealth video visits with a signed BAA.
Grant Management Software | Track applications, budgets and reports for nonprofits.
Property Management Software | Rent collection, maintenance requests and owner reports.
Construction Project Software | Drawings, RFIs and punch lists on any device.
School Management System | Attendance, grades and parent messaging in one place.
Fleet Maintenance Software | Schedule services and track repairs for every vehicle.
Legal Practice Management | Matters, billing and documents for small law firms.
Salon Booking Software | Online booking, reminders and payments for salons.
Gym Management Software | Memberships, class scheduling and check-in.
Nonprofit CRM | Manage donors, events and campaigns. Discounts for 501(c)(3)s.
Veterinary Practice Software | Records, reminders and invoicing for clinics.
@ vertical=mobile_apps lang=en
Download the App, Get $5 | Order coffee ahead and skip the line. New users get $5 credit.
Rated 4.9 by 200K Users | The to-do list app that finally sticks. Free on iOS and Android.
Get It on Google Play | Offline maps for hikers with trail difficulty and elevation.
Install Free: Budget Planner | Track spending with automatic categories. No ads.
Learn to Read Music | Fun lessons for beginners. Install and start in 2 minutes.
Family Calendar App | Shared calendars, lists and meal plans for busy families.
Period Tracker | Private cycle tracking with data stored on your device.
Baby Tracker | Log feeds, sleep and diapers. Share with your partner.
Grocery List App | Shared lists that sync instantly across the household.
Bird Sound ID | Identify birds by their songs. Free for everyone.
Dog Walking Tracker | Log walks, share routes and find dog-friendly parks.
Home Workouts for Seniors | Gentle chair workouts with a coach. Try free.
Scan Documents With Your Phone | Clean PDFs in seconds. Free forever plan.
Puzzle of the Day | A new jigsaw every day. Relaxing and ad-light.
Rideshare App | Get a ride in minutes. First ride 50% off.
Food Rescue App | Buy surplus food from cafés at a discount before closing.
Carpool for Commuters | Share rides with coworkers and split costs.
Language Tutor App | Practice conversation with native speakers on video.
Medication Reminder App | Never miss a dose. Refill reminders included.
Bike Share Pass | Unlimited 45-minute rides for $15 a month.
Daily Reminder App | Reminders for water, stretching and vitamins. Simple and free.
Stargazing AR | Identify constellations with your camera.
@ vertical=electronics lang=en
Mechanical Watch Winder | Keeps your automatic watch running. Quiet motor.
Thermal Camera for Phones | Find drafts and leaks with a plug-in thermal camera.
Label Maker | Bluetooth label maker for home organization.
Walkie-Talkies for Hiking | 22-channel two-way radios with 35-mile range.
Digital Photo Frame | Share photos to grandma's frame from your phone.
Baby Monitor With Night Vision | Secure, encrypted, no cloud required.
Electric Kettle | Temperature presets for green tea and pour-over.
Sous Vide Cooker | Precise cooking for perfect steaks.
Hair Dryer, Ionic | Dries hair 2x faster with less heat damage.
Car Jump Starter | Portable jump starter that doubles as a power bank.
Wi-Fi Range Extender | Eliminate dead zones in your backyard.
Smart Lock | Keyless entry with auto-lock and guest codes.
Outdoor Security Lights | Motion-activated LED floodlights, solar powered.
Label Printer for Etsy Sellers | Print 4x6 shipping labels fast.
Camera Lens Sale | 50mm f/1.8 prime lens $129. Beautiful portraits.
@ vertical=b2b lang=en
Commercial Kitchen Equipment | Ranges, fryers and walk-in coolers. Financing through the manufacturer.
Pallet Wrapping Machines | Semi-automatic stretch wrappers. Demo in our warehouse.
Restaurant Linen Service | Tablecloths, napkins and aprons delivered weekly.
Dental Lab Services | Crowns, bridges and aligners with 5-day turnaround.
Hotel Amenities Wholesale | Toiletries, slippers and robes in bulk for hotels.
Industrial Uniform Supply | FR clothing and hi-vis workwear for crews.
Office Plant Service | We install and maintain plants in offices.
Vending Machine Placement | Free vending machines for workplaces with 50+ staff.
Laboratory Equipment | Centrifuges, pipettes and incubators for research labs.
Signage for Businesses | Storefront signs, vinyl lettering and wayfinding.
Cold Chain Monitoring | Temperature sensors that alert you before stock spoils.
Scaffolding Rental | Scaffolding delivered and erected by certified crews.
Bulk Coffee for Offices | Roasted weekly, delivered in 5 lb bags.
Conveyor Systems | Custom conveyors for warehouses and food plants.
Water Cooler Rental | Bottleless water coolers for offices. $30/month.
"""
