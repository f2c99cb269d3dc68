# Compliant: travel, hotels, airlines, tours, car rental, cruises.
DATA = r"""
@ vertical=travel lang=en
Flights to Lisbon From $389 | Round trip from Boston this spring. Book by Friday on SkyTrail.
Last-Minute Hotel Deals | Up to 40% off tonight's rooms in 2,000 cities. Free cancellation on most stays.
Family Resort, Kids Stay Free | All-inclusive beach resort in Cancun. Kids under 12 stay and eat free through August.
Road Trip Ready? | Rent an SUV from $42/day with unlimited miles. Pick up at 300+ airports.
Iceland Northern Lights Tour | 5 nights, small groups, super-jeep excursions. Departures October to March.
Travel Insurance in 2 Minutes | Trip cancellation, medical and baggage cover from $3 a day.
Hostels Across Europe | Beds from €18 in 60 cities. Social rooms, private rooms, free walking tours.
Glamping in the Redwoods | Safari tents with real beds, wood stoves and private decks. Open April-October.
Cruise the Norwegian Fjords | 7 nights from Southampton, balcony cabins from £999pp.
Airport Parking, Prebook & Save | Save up to 60% vs drive-up rates. Free shuttle every 10 minutes.
Japan Rail Pass | Unlimited bullet train travel for 7, 14 or 21 days. Delivered to your door.
Pet-Friendly Cabins | Bring the dog. 400 cabins with fenced yards near lakes and trails.
Weekend in Quebec City | Boutique hotels in the Old Town from $129/night. Ski packages available.
Business Class Sale | Lie-flat seats to Tokyo and Seoul from $2,899 round trip. Limited seats.
Eurail Deals for Students | 15% off youth passes. Travel 10 days within 2 months across 33 countries.
Scuba Certification Trips | Get PADI Open Water certified in Roatán. 6 nights, 10 dives, gear included.
Honeymoon Packages | Overwater villas in the Maldives with seaplane transfers. Speak to a specialist.
Book Direct, Get More | Best rate guarantee plus free breakfast when you book on our website.
Campground Reservations | Reserve tent sites and RV hookups at 150 state parks. Open 6 months ahead.
Travel Adapter, 150 Countries | Universal plug with 4 USB ports. $24. Fits in your pocket.
Safari in Tanzania | 8-day Serengeti and Ngorongoro safari, small groups, expert guides.
Skip the Line at the Louvre | Timed-entry tickets and guided tours. Mobile tickets, instant confirmation.
Holiday Rentals by the Sea | Cottages on the Cornish coast, sleeps 2 to 12. Short breaks from £240.
Earn Points on Every Stay | Join Meridian Rewards free and get your 4th night on us.
Accessible Travel Planning | Wheelchair-accessible tours and hotels vetted by our team. Call for a custom itinerary.
Amtrak Coast Starlight | Seattle to LA by train. Roomettes with meals included. See the coast slowly.
Budget Airline, Big Routes | One-way fares from $39. Bring a personal item free.
Visa Services | We handle the paperwork for business and tourist visas to 40 countries.
Hot Air Balloon Ride Cappadocia | Sunrise flights with hotel pickup and breakfast. Book 2 days ahead.
Eco-Lodges in Costa Rica | Stay in rainforest lodges powered by solar. Wildlife guides included.
Spring Break Deals | Beach hotels in Florida from $89/night. Pool, parking and Wi-Fi included.
Motorhome Rentals | Explore New Zealand by campervan. 2 to 6 berth vans from NZ$99/day.
Group Tours for Solo Travelers | No single supplement on 30 departures this year. Make friends on the road.
Ski Passes, Pre-Season Price | Save 30% on season passes to 12 resorts when you buy before Oct 15.
Travel Backpack, Carry-On Size | 40L clamshell opening, lockable zips, fits budget airline sizers.
Map Your Trip | Plan routes, save places and share itineraries with friends. Free trip-planner app.
Greek Island Hopping | 10 days, 4 islands, ferries and hotels booked for you. From €1,290.
Airport Lounge Access | Relax before your flight in 1,300 lounges worldwide. Day passes from $32.
Stay 4 Nights, Pay 3 | At Harbour View Hotels across Australia. Valid through November.
Whale Watching Tours | 3-hour trips from Monterey with marine biologists on board. 95% sighting rate.
Passport Photos in 5 Minutes | Compliant photos for US, UK and EU passports. Walk in at any Snapwell store.
Digital Nomad Visa Help | Live and work remotely in Portugal. We guide you through every step.
Cheap Flights Alerts | Set your home airport and get notified when fares drop. Free app.
Luxury Train Through the Alps | Panoramic carriages, 3-course lunch, Zurich to Zermatt.
Bike Tours of Tuscany | Self-guided or guided cycling holidays with luggage transfers.
"""
